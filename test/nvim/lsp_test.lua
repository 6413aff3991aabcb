-- Headless Neovim (0.7+) as a second LSP client for imaging-order-lsp.
-- usage: nvim --headless --clean -c "luafile test/nvim/lsp_test.lua" samples/01-infant-dimple-radiograph.order
-- env: IOL_LSP_CMD (default "node bin/imaging-order-lsp.js --stdio", run from the repo root)
-- Prints DIAG/HOVER/ACTION lines and PASS (exit 0) or FAIL: <reason> (exit 1).
local RULE = 'inappropriate-initial-study'
local ORDER_LINE = 'Order: Radiography spine area of interest'
local FIXED_LINE = 'Order: US spine area of interest'

local function log(...) io.stdout:write(table.concat(vim.tbl_map(tostring, { ... }), ' ') .. '\n') end
local function fail(msg) log('FAIL: ' .. msg); vim.cmd('cquit 1') end

local cmd = vim.split(os.getenv('IOL_LSP_CMD') or 'node bin/imaging-order-lsp.js --stdio', ' ', { trimempty = true })
local bufnr = vim.api.nvim_get_current_buf()
vim.bo[bufnr].filetype = 'imaging-order'

local client_id = vim.lsp.start_client({ name = 'imaging-order-lsp', cmd = cmd, root_dir = vim.fn.getcwd() })
if not client_id then return fail('start_client returned nil') end
vim.lsp.buf_attach_client(bufnr, client_id)

local function rule_diags()
  return vim.tbl_filter(function(d)
    local code = d.code or (d.user_data and d.user_data.lsp and d.user_data.lsp.code)
    return code == RULE
  end, vim.diagnostic.get(bufnr))
end

local ok = vim.wait(15000, function() return #rule_diags() > 0 end, 50)
for _, d in ipairs(vim.diagnostic.get(bufnr)) do
  local code = d.code or (d.user_data and d.user_data.lsp and d.user_data.lsp.code)
  log(string.format('DIAG %d:%d %s [%s %s]', d.lnum + 1, d.col + 1, d.message, d.source or '', tostring(code)))
end
if not ok then return fail('no ' .. RULE .. ' diagnostic within 15 s') end
local d = rule_diags()[1]
if d.source ~= 'imaging-order-lint' then return fail('unexpected source ' .. tostring(d.source)) end
if d.severity ~= vim.diagnostic.severity.WARN then return fail('expected a warning, got severity ' .. tostring(d.severity)) end
local line = vim.api.nvim_buf_get_lines(bufnr, d.lnum, d.lnum + 1, false)[1]
if line ~= ORDER_LINE then return fail('diagnostic is not on the Order line: ' .. tostring(line)) end

local client = vim.lsp.get_client_by_id(client_id)
local enc = client.offset_encoding or 'utf-16'
local uri = vim.uri_from_bufnr(bufnr)

-- hover on the order value
local hres = vim.lsp.buf_request_sync(bufnr, 'textDocument/hover',
  { textDocument = { uri = uri }, position = { line = d.lnum, character = d.col + 2 } }, 5000)
local hover = hres and hres[client_id] and hres[client_id].result
local htext = hover and hover.contents and (hover.contents.value or hover.contents) or nil
if type(htext) == 'table' then htext = vim.inspect(htext) end
log('HOVER ' .. tostring(htext and htext:gsub('\n', ' '):sub(1, 160)))
if not htext or not htext:find('Usually Not Appropriate', 1, true) then return fail('hover lacks the ACR rating') end

-- preferred quick fix (0.7 keeps only code/tags in user_data.lsp: rebuild the LSP diagnostic)
local ud = (d.user_data and d.user_data.lsp) or {}
local lspd = {
  range = { start = { line = d.lnum, character = d.col }, ['end'] = { line = d.end_lnum, character = d.end_col } },
  message = d.message, source = d.source, severity = d.severity, code = ud.code or d.code,
}
local cres = vim.lsp.buf_request_sync(bufnr, 'textDocument/codeAction',
  { textDocument = { uri = uri }, range = lspd.range, context = { diagnostics = { lspd }, only = { 'quickfix' } } }, 5000)
local actions = cres and cres[client_id] and cres[client_id].result or {}
local preferred
for _, a in ipairs(actions) do
  log('ACTION ' .. tostring(a.title) .. (a.isPreferred and ' (preferred)' or ''))
  if a.isPreferred and not preferred then preferred = a end
end
if not preferred then return fail('no preferred quick fix') end
if not preferred.edit then
  local r = vim.lsp.buf_request_sync(bufnr, 'codeAction/resolve', preferred, 5000)
  preferred = (r and r[client_id] and r[client_id].result) or preferred
end
if not preferred.edit then return fail('preferred quick fix has no edit') end
vim.lsp.util.apply_workspace_edit(preferred.edit, enc)
local fixed = vim.api.nvim_buf_get_lines(bufnr, d.lnum, d.lnum + 1, false)[1]
log('LINE ' .. tostring(fixed))
if fixed ~= FIXED_LINE then return fail('edit not applied') end
if not vim.wait(10000, function() return #rule_diags() == 0 end, 50) then return fail('diagnostic did not clear') end

log('PASS')
vim.lsp.stop_client(client_id)
vim.cmd('qall!')

#!/usr/bin/env node
'use strict';
// main resolves with an exit code only when the service cannot start; otherwise it runs until SIGTERM/SIGINT.
require('../dist/cds.js')
  .main(process.argv.slice(2))
  .then((code) => {
    if (code >= 0) process.exitCode = code;
  });

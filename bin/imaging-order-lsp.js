#!/usr/bin/env node
'use strict';
// The bundled server picks its transport from argv (--stdio, --node-ipc, --socket=N).
require('../dist/server.js');

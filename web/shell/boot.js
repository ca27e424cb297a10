// Runs before app.js: the Module object emscripten expects, and the test hook.
// window.protocolwijzer.state() returns the app's state as JSON (see web/README.md).
"use strict";
var Module = {
  canvas: document.getElementById("canvas"),
  print: (text) => console.log(text),
  printErr: (text) => console.warn(text),
  onAbort: (what) => {
    document.getElementById("status").textContent =
      "Protocolwijzer is gestopt door een fout. Laad de pagina opnieuw. (" + what + ")";
  },
};
window.protocolwijzer = {
  ready: false,
  state: () => JSON.parse(Module.UTF8ToString(Module._pw_test_state())),
};

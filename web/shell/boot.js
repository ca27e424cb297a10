// Runs before app.js: the Module object emscripten expects, asset loading
// (hashed names from PW_ASSETS, or bytes embedded in the single-file build as
// PW_EMBEDDED; tools/pack_web.py writes both, and PW_STARTUP, what the app
// asks for first), the service worker with its update notice, and the test hook:
// window.protocolwijzer.state() returns the app's state (see web/README.md; only
// the test build, build/wasm/test, exports what it calls).
"use strict";
(function () {
  const assets = window.PW_ASSETS || {};
  const embedded = window.PW_EMBEDDED || null;
  const decode = (b64) => Uint8Array.from(atob(b64), (c) => c.charCodeAt(0));
  const fetchAsset = (name) => {
    if (embedded && embedded[name]) return Promise.resolve(decode(embedded[name]));
    return fetch(assets[name] || name).then((response) => {
      if (!response.ok) throw new Error(name + ": HTTP " + response.status);
      return response.arrayBuffer();
    }).then((buffer) => new Uint8Array(buffer));
  };
  // The content and the fonts are fetched at once, not after the runtime has
  // started (tests/bench: ready).
  const early = {};
  if (!embedded) {
    for (const name of window.PW_STARTUP || []) {
      early[name] = fetchAsset(name);
      early[name].catch(() => {}); // reported when the app asks for it
    }
  }
  // The first part of the module is fetched and compiled from here, at once:
  // the runtime (app.js) would ask for it only once it is parsed and the page
  // laid out, ~100 ms later on a cold load (tests/bench: ready). Streamed
  // while it downloads; a server that sends another type than
  // application/wasm gets it compiled whole, from the same response. The
  // single file gets it from the page, not the network.
  const compileFetched = (url) => fetch(url).then((response) => {
    if (!response.ok) throw new Error("HTTP " + response.status);
    const type = (response.headers.get("Content-Type") || "").split(";")[0].trim();
    if (type === "application/wasm" && typeof WebAssembly.compileStreaming === "function")
      return WebAssembly.compileStreaming(response);
    return response.arrayBuffer().then((bytes) => WebAssembly.compile(bytes));
  });
  // In a microtask: without WebAssembly at all, the runtime says so (onAbort below).
  const primaryModule = Promise.resolve().then(() => (embedded
    ? WebAssembly.compile(decode(embedded["app.wasm"]))
    : compileFetched(assets["app.wasm"] || "app.wasm")));
  primaryModule.catch(() => {}); // reported when the runtime asks for it
  const hook = (window.protocolwijzer = {
    ready: false,
    updateReady: false,
    offlineReady: false,
    state: () => JSON.parse(Module.UTF8ToString(Module._pw_test_state())),
    // An authored exercise (a scenario as JSON text), as the editor will add
    // one; '' when added, else why not (tests, until the editor is there).
    addExercise: (text) => {
      const p = Module.allocateUTF8(text);
      try {
        return Module.UTF8ToString(Module._pw_test_add_exercise(p));
      } finally {
        Module._free(p);
      }
    },
    // CPU time of the last frames, heap and content load time (tests/bench).
    benchFigures: () => JSON.parse(Module.UTF8ToString(Module._pw_bench_figures())),
    // Bytes of an asset by its logical name ("content.json", "fonts/ui-bold.ttf").
    // What the app asks for after its start (the rest, content.json) is
    // read by code of the deferred part of the module: handed over once that
    // part is in (or could not be had), so that reading it never waits on a
    // synchronous load (see loadDeferred).
    loadAsset: (name) => {
      if (early[name]) {
        const started = early[name];
        delete early[name];
        return started;
      }
      const bytes = fetchAsset(name);
      if ((window.PW_STARTUP || []).includes(name)) return bytes;
      const settled = loadDeferred().catch(() => {});
      return Promise.all([bytes, settled]).then(([b]) => b);
    },
    applyUpdate: () => {
      const waiting = hook.registration && hook.registration.waiting;
      if (!waiting) return location.reload();
      hook.updating = true;
      waiting.postMessage("skipWaiting");
    },
  });

  // The module comes in two parts (tools/split_wasm.py): app.wasm holds what
  // the first screen runs, app.deferred.wasm the rest. The second is fetched
  // and compiled once the app asks for more than its start (loadAsset) and
  // instantiated at once, which puts its functions in the table in place of
  // the placeholders. An address other than the home screen needs it for the
  // first screen: then it is fetched at once and main() waits for it. A
  // placeholder called before it is in (a click in the first moments) loads
  // it there and then (Module.loadSplitModule): from the compiled module if
  // that is in, else from bytes read synchronously.
  const deepLink = !/^#?\/?$/.test(location.hash);
  let deferredLoad = null;
  let deferredModule = null;
  let deferredInstance = null;
  let primaryIn;
  const primaryReady = new Promise((resolve) => { primaryIn = resolve; });
  const instantiateDeferred = (module, imports) => {
    if (!deferredInstance) deferredInstance = new WebAssembly.Instance(module, imports || { primary: Module.asm });
    return deferredInstance;
  };
  const loadDeferred = () => {
    if (!deferredLoad && deferredInstance) deferredLoad = Promise.resolve(deferredInstance); // loaded on demand
    if (!deferredLoad) {
      const bytes = embedded ? Promise.resolve(decode(embedded["app.deferred.wasm"])) : fetchAsset("app.deferred.wasm");
      deferredLoad = bytes.then((b) => WebAssembly.compile(b)).then((module) => {
        deferredModule = module;
        return primaryReady.then(() => instantiateDeferred(module));
      });
      deferredLoad.catch((error) => console.warn("app.deferred.wasm: " + error));
    }
    return deferredLoad;
  };
  const readSync = (name) => {
    if (embedded) return decode(embedded[name]);
    const request = new XMLHttpRequest();
    request.open("GET", assets[name] || name, false);
    request.overrideMimeType("text/plain; charset=x-user-defined");
    request.send(null);
    if (request.status !== 200) throw new Error(name + ": HTTP " + request.status);
    return Uint8Array.from(request.responseText, (c) => c.charCodeAt(0) & 0xff);
  };
  if (deepLink) loadDeferred();
  // Such an address needs the rest of the content too (rest.pack): fetched at
  // once, while the parts of the module come.
  if (deepLink && !embedded) {
    early["rest.pack"] = fetchAsset("rest.pack");
    early["rest.pack"].catch(() => {}); // reported when the app asks for it
  }

  window.Module = {
    // The primary module is instantiated (Module.asm) and main() not yet run.
    preRun: [() => {
      primaryIn();
      if (!deepLink) return;
      Module.addRunDependency("pw-deferred");
      loadDeferred().catch(() => {}).then(() => Module.removeRunDependency("pw-deferred"));
    }],
    // Without the second part the app cannot go on: it stops with its message (onAbort).
    loadSplitModule: (file, imports) => {
      try {
        return instantiateDeferred(deferredModule || new WebAssembly.Module(readSync("app.deferred.wasm")), imports);
      } catch (error) {
        abort("app.deferred.wasm: " + error);
      }
    },
    canvas: document.getElementById("canvas"),
    print: (text) => console.log(text),
    // The runtime says so when a placeholder loads the second part on demand
    // (see loadDeferred): slower, not wrong; tests/e2e/split.test.mjs
    // watches for it where it must not happen.
    printErr: (text) => (/^(placeholder function called|instantiated deferred module)/.test(text)
      ? console.info(text) : console.warn(text)),
    onAbort: (what) => {
      document.getElementById("status").textContent =
        "Protocolwijzer is gestopt door een fout. Laad de pagina opnieuw. (" + what + ")";
    },
    locateFile: (path) => assets[path] || path,
  };
  // Only fetching, compiling and instantiating count as app.wasm's failure;
  // what main() then does reports itself. abort() shows the message (onAbort)
  // and throws, which is caught here rather than left unhandled.
  Module.instantiateWasm = (imports, done) => {
    primaryModule
      .then((module) => WebAssembly.instantiate(module, imports).then((instance) => [instance, module]))
      .then(([instance, module]) => done(instance, module), (error) => {
        try {
          abort("app.wasm: " + error);
        } catch (stopped) {
          // shown by onAbort
        }
      });
    return {};
  };

  // Offline use after the first visit. Not from file:// (no service workers
  // there). Registered once the app is ready and the rest of its content is in, so that
  // copying the files for offline use does not compete with the first load.
  hook.afterReady = () => {
    if (!("serviceWorker" in navigator) || !/^https?:$/.test(location.protocol) || embedded) return;
    navigator.serviceWorker.addEventListener("controllerchange", () => {
      if (hook.updating) location.reload();
    });
    navigator.serviceWorker.register("sw.js").then((registration) => {
      hook.registration = registration;
      const check = () => {
        if (registration.waiting && navigator.serviceWorker.controller && !hook.updateReady) {
          hook.updateReady = true;
          if (hook.onUpdateReady) hook.onUpdateReady(); // the app shows its notice
        }
        if (registration.active) hook.offlineReady = true;
      };
      check();
      registration.addEventListener("updatefound", () => {
        const worker = registration.installing;
        if (worker) worker.addEventListener("statechange", check);
      });
    }).catch((error) => console.warn("service worker: " + error));
  };
})();

window.Module = { canvas: document.getElementById("canvas") }; // served under the same CSP as the app

// Says "ready" once painted: two frames after the page runs, as Village's mark_ready does.

requestAnimationFrame(() => requestAnimationFrame(() => window.__TAURI__.core.invoke("ready")));

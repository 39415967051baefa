//! The real app on Tauri's mock runtime with a real SQLite file, for the command tests.

// Each test file uses what it needs of these.
#![allow(dead_code, clippy::unwrap_used)]

use serde_json::Value;
use tauri::ipc::{CallbackFn, InvokeBody};
use tauri::test::{INVOKE_KEY, MockRuntime, get_ipc_response, mock_builder};
use tauri::webview::InvokeRequest;
use tauri::{App, Manager, WebviewWindow};
use village_lib::StoreFolder;

pub struct TestApp {
    _app: App<MockRuntime>,
    window: WebviewWindow<MockRuntime>,
    pub data: tempfile::TempDir,
}

pub fn app_in(data: tempfile::TempDir) -> TestApp {
    let app = village_lib::builder(mock_builder(), StoreFolder::At(data.path().to_path_buf()))
        .build(village_lib::context())
        .expect("the app builds on the mock runtime");
    // The mock runtime does not open the config's windows; this one has the same label, so
    // the same capability applies to it.
    let window = app.get_webview_window("main").unwrap_or_else(|| {
        tauri::WebviewWindowBuilder::new(&app, "main", Default::default())
            .build()
            .unwrap()
    });
    TestApp {
        _app: app,
        window,
        data,
    }
}

pub fn app() -> TestApp {
    app_in(tempfile::tempdir().unwrap())
}

impl TestApp {
    pub fn invoke(&self, cmd: &str, args: Value) -> Result<Value, Value> {
        let request = InvokeRequest {
            cmd: cmd.into(),
            callback: CallbackFn(0),
            error: CallbackFn(1),
            url: "tauri://localhost".parse().unwrap(),
            body: InvokeBody::Json(args),
            headers: Default::default(),
            invoke_key: INVOKE_KEY.to_string(),
        };
        get_ipc_response(&self.window, request).map(|body| body.deserialize::<Value>().unwrap())
    }
}

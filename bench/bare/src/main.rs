//! The floor for `make bench`: a Tauri 2 window with one small page that calls one command once
//! painted, logging "village: ready" as Village does, so the bench reads both the same way.
//! With `--background` it opens no window and stays running, as Village does with its window
//! closed.

use std::time::Instant;

use tauri::{Manager, RunEvent, WebviewUrl, WebviewWindowBuilder};

mod commands {
    //! The one command the page calls.

    /// When the process began, for the time to the first paint.
    pub struct Began(pub std::time::Instant);

    #[tauri::command]
    pub fn ready(began: tauri::State<'_, Began>) {
        eprintln!("village: ready in {} ms", began.0.elapsed().as_millis());
    }
}

fn main() {
    let began = Instant::now();
    let background = std::env::args().any(|a| a == "--background");
    let app = tauri::Builder::default()
        .manage(commands::Began(began))
        .invoke_handler(tauri::generate_handler![commands::ready])
        .setup(move |app| {
            if !background {
                WebviewWindowBuilder::new(app, "main", WebviewUrl::App("index.html".into()))
                    .title("Bare")
                    .inner_size(1100.0, 760.0)
                    .build()?;
            }
            Ok(())
        })
        .build(tauri::generate_context!());
    let app = match app {
        Ok(app) => app,
        Err(error) => {
            eprintln!("village-bare: {error}");
            std::process::exit(1);
        }
    };
    // Kept alive without a window, as Village is for her reminders.
    app.run(|handle, event| {
        if let RunEvent::ExitRequested { api, .. } = event
            && handle.webview_windows().is_empty()
        {
            api.prevent_exit();
        }
    });
}

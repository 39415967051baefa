//! Re-embeds the migrations whenever one is added or changed, and lists the catalogs under
//! `ui/locales/` so a new `.ftl` file is embedded without a hand-kept list.
use std::{env, fs, path::PathBuf};

fn main() {
    println!("cargo:rerun-if-changed=migrations");
    let locales =
        PathBuf::from(env::var("CARGO_MANIFEST_DIR").expect("cargo sets it")).join("../ui/locales");
    println!("cargo:rerun-if-changed={}", locales.display());
    let mut code = String::new();
    for language in ["en", "es"] {
        let folder = locales.join(language);
        println!("cargo:rerun-if-changed={}", folder.display());
        let mut files: Vec<PathBuf> = fs::read_dir(&folder)
            .expect("ui/locales/<language> is part of the source")
            .filter_map(|entry| entry.ok().map(|e| e.path()))
            .filter(|path| path.extension().is_some_and(|e| e == "ftl"))
            .collect();
        files.sort();
        code.push_str(&format!(
            "pub(crate) const {}: &[(&str, &str)] = &[\n",
            language.to_uppercase()
        ));
        for file in files {
            println!("cargo:rerun-if-changed={}", file.display());
            let name = file
                .file_name()
                .expect("a file")
                .to_string_lossy()
                .into_owned();
            let path = fs::canonicalize(&file).expect("the file exists");
            code.push_str(&format!("    ({name:?}, include_str!({:?})),\n", path));
        }
        code.push_str("];\n");
    }
    let out = PathBuf::from(env::var("OUT_DIR").expect("cargo sets it")).join("catalog_files.rs");
    fs::write(out, code).expect("OUT_DIR is writable");
}

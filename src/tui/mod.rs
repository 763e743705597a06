//! stub
pub fn run(_d: &std::path::Path, _l: crate::i18n::Lang) -> color_eyre::Result<()> {
    Ok(())
}

// A newspaper's jump to or from the page where its article goes on ("Fortsetzung Seite 4", "Suite de la page 7").
#pragma once

#include <string_view>

namespace archive {

/// "Fortsetzung Seite 4", "Suite de la page 7", "Continued on page 12", "Segue a pagina 2": a line of a phrase of
/// the lexicon section page_jumps and a page's number, nothing else (boilerplate.cpp page_jump()). `line` is
/// collapsed (a block's text).
bool page_jump_line(std::string_view line);

} // namespace archive

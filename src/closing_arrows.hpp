// The marks closing a button's or a link's words (lines.cpp), for the rules reading such lines.
#pragma once

#include <string_view>

namespace archive {

/// "More in Sport ›", "Bild ansehen »", "Donate now! →": a button's or a link's words, trimmed, without the arrows,
/// chevrons and exclamation marks closing them ("›", "»", ">", "→", "!", as many as close it).
std::string_view without_closing_arrow(std::string_view s);

} // namespace archive

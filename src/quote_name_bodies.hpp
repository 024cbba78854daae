// The body standing before a person's name in an oblique case, with no word linking them ("poseł Lewicy Adam Morawa",
// "w rozmowie z Onetem Jacek Bury"): where the name opens in a run of capitals (quote_name_spans.cpp).
#pragma once

#include "quote_speakers.hpp"
#include "quote_words.hpp"

#include <cstddef>
#include <vector>

namespace archive::quoting {

/// The index of the first word of the name ending the run of capitalised words ws[k..e], where the language writes a
/// body in an oblique case before a name ([quote_conventions] "a body in an oblique case before a name") and a
/// lower-case word or a role noun stands before the run: its last two words (three after a common given name), else k.
std::size_t name_after_oblique_body(const std::vector<Word>& ws, std::size_t k, std::size_t e, const Speakers& sp);

} // namespace archive::quoting

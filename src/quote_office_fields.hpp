// The field an office serves, written capitalised right after the role with no word linking them ("el fiscal
// Anticorrupción", "il procuratore Antimafia", "wethouder Sport"): the role's words, no name's (quote_offices.cpp).
// Kept apart from quote_descriptions.hpp for the two files that ask it.
#pragma once

#include "quote_speakers.hpp"

#include <string_view>

namespace archive::quoting {

/// The lower-case word w, capitalised right after a role noun, names the field of that role's office: a word of
/// [office_field_words] ("anticorrupción", "antimafia", "sport"), or, when `before_name` (a name of two words or more
/// follows it), a word opened by one of [office_field_openings] ("anti") with five bytes or more after it: no given
/// name opens so, but a surname met alone may ("il procuratore Antinucci").
bool office_field_word(std::string_view w, bool before_name, const Speakers& sp);

} // namespace archive::quoting

// "Her neighbour, Marcus, 34, said", "Ruth, 19, a student", "Su hermana, Laura, pidió", "La madre de Noelia, Carmen,
// explicó", "Manuel vive solo": a person the text names by a given name alone, as papers name survivors, witnesses
// and relatives who give no surname, or who give their given name alone (quote_lone_names.cpp).
#pragma once

#include "quotes_parts.hpp"

#include <cstddef>
#include <vector>

namespace archive::quoting {

/// The capitalised word ws[k], alone (no capitalised word after it), is a person where the text presents it as one:
/// an age set off by commas after it (age_aside: ", 34,", ", de 22 años,"), an apposition closed by a comma or a
/// speech verb to a noun of a relative, an acquaintance or a role before its comma ([kin_words],
/// [acquaintance_words], a role or a trade; the noun perhaps followed by whose it is: "la madre de Noelia,"), or a
/// common given name ([known_given_name_words]) that opens no known person's name. No acronym, common noun, month or
/// weekday.
bool lone_given_name(const std::vector<Word>& ws, std::size_t k, const Speakers& sp);
/// "a woman who gave her name only as Janet", "eine Anwohnerin, die nur ihren Vornamen Janet nennen wollte", "une
/// habitante qui n'a donné que son prénom, Janet,", "una vecina que solo dio su nombre, Janet,": the words right before
/// ws[k] (a comma between perhaps) end a phrase that gives a person's given name ([given_name_phrases]).
bool after_given_name_phrase(const std::vector<Word>& ws, std::size_t k, const Speakers& sp);

} // namespace archive::quoting

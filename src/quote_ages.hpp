// A person's age as the text gives it with the name ("Darren Pickett, 46,", "46-year-old Darren Pickett", "Marie
// Dubois, 32 ans,", "Xaver Brunnhuber (71)"), and the person an age noun stands for later ("the 46-year-old", "der
// 71-Jährige", "il 46enne"): the one person of the page given that age.
#pragma once

#include "quotes_parts.hpp"

#include <cstddef>
#include <string_view>
#include <vector>

namespace archive::quoting {

/// "27", "32 ans", "aged 27", "de 24 años": the words ws[b..e-1] are an age set off after a name, a figure of one to
/// three digits and small words of [age_words]; the figure, else empty (quote_ages.cpp).
std::string_view age_aside(const std::vector<Word>& ws, std::size_t b, std::size_t e, const Speakers& sp);
/// "46-year-old", "71-jährige", "46enne": the figure opening a word that closes with an ending of [age_ending_words];
/// empty for any other word (quote_ages.cpp).
std::string_view age_figure(std::string_view low, const Speakers& sp);
/// The age given with the name `n` of `ws` (after it between commas or brackets, or an age word right before it)
/// becomes person k's, who is then known to be a person (quote_ages.cpp).
void note_age(Speakers& sp, const std::vector<Word>& ws, const NameSpan& n, int k);
/// The one person mentioned before reading position `pos` who was given the age `figure`; -1 for none, or for two.
int age_holder(std::string_view figure, std::size_t pos, const Speakers& sp);

} // namespace archive::quoting

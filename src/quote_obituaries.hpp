// An obituary's subject: the person its headline names beside a word of death ("Margaret Hale, novelist, dies at 91",
// "Der Maler Hans Keller ist tot", "La chanteuse Lucie Morin est morte"), quoted in the body from earlier interviews
// ("she said in a 2004 interview"): the pronoun of such a quote stands for them, not for the last person of their
// gender named in passing (quote_obituaries.cpp).
#pragma once

#include "quotes_parts.hpp"

#include <cstddef>
#include <string_view>
#include <vector>

namespace archive::quoting {

/// The headline `h` holds a word of [death_headline_words] ("dies", "tot", "morte").
bool death_headline(std::string_view h, const std::vector<const Lexicon*>& lexs);

/// The person the pronoun of a mention ending at ws[last] stands for on an obituary's page whose subject is
/// `subject`: that person (of the pronoun's `gender` or of none known), where a year (four figures) follows among
/// the next five words of the clause, an old quote's date ("she said in a 2004 interview", "sagte er 2010",
/// "disait-elle en 1975"); else -1.
int obituary_subject_pick(const std::string& subject, const std::vector<Word>& ws, std::size_t last, char gender,
                          const Speakers& sp);

} // namespace archive::quoting

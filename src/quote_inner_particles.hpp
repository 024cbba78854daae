// A surname's capitalised particle that is a small word of the language too, between a given name and the surname
// ("Stefano Lo Russo", "Jean Le Goff"): names_into and the mention after a cue read it (quote_name_spans.cpp); a
// surname opening on an article ("Le Pen"), and a particle of one language ("Maria das Dores Silva").
#pragma once

#include "quotes_parts.hpp"

#include <cstddef>
#include <string_view>
#include <vector>

namespace archive::quoting {

/// "il sindaco Stefano Lo Russo", "Paolo Della Valle", "Jean Le Goff", "Ana De La Cruz": after the name's word ws[e],
/// one or two capitalised particles ([inner_capital_particle_words]; small words of the language too, "lo", "della",
/// "le") and a surname's word: the index of that word, else 0 ("Stefano Lo ha detto": no surname's word after it).
std::size_t inner_particle_end(const std::vector<Word>& ws, std::size_t e, const Speakers& sp);
/// "Le Pen" after "Marine Le Pen": the words ws[first..last] end the longer name of a person of the page, found by its
/// last word (quote_name_spans.cpp).
bool known_surname(const std::vector<Word>& ws, std::size_t first, std::size_t last, const Speakers& sp);
/// "Le", "Die", "The", pt "O": w, lower-cased, is an article that opens a paper's title capitalised
/// ([title_article_words] of common.txt, or of the page's one language: pt "o", "a", which are a word or an initial
/// elsewhere) (quote_name_spans.cpp).
bool title_article(std::string_view w, const Speakers& sp);
/// "Maria das Dores Silva": particle(w), or a particle of the page's one language only ([language_name_particle_words]:
/// pt "das", which is an article in German) (quote_nouns.cpp).
bool page_particle(std::string_view w, const Speakers& sp);

} // namespace archive::quoting

// Runs of capitalised words that name an office of a place, not a person ("des nächsten Chief Executives von
// Hongkong", "le Chief Executive de Hongkong"): names_into leaves them out of a sentence's names.
#include "quote_nouns.hpp"
#include "quote_word_tags.hpp"

#include <string_view>
#include <vector>

namespace archive::quoting {

namespace {

// "Chief", "Executives", "Gouverneur": a role word of any language's [role_words], or one with its final s dropped
// (a plural or a genitive: "des Chief Executives"). An office's title is often kept in its own language inside
// another's sentence, so every language's list is asked.
bool any_role_word(std::string_view w) {
    static const LexiconSection& roles = any_language_section("role_words"); // (found once)
    return roles.has(w) || (w.size() > 3 && w.back() == 's' && roles.has(w.substr(0, w.size() - 1)));
}

} // namespace

bool office_of_place(const std::vector<Word>& ws, std::size_t k, std::size_t e) {
    std::size_t p = k; // the word linking the title to its place: a name's particle in the run, or the word after it
    while (p <= e && ws[p].upper)
        ++p;
    std::size_t place = p; // past the linking word and the particles or articles after it ("von der", "de la")
    while (place < ws.size() && place < p + 3 && !ws[place].punct && !ws[place].upper)
        ++place;
    if (p == k || place == p || place >= ws.size() || ws[place].punct || !ws[place].upper)
        return false;
    for (std::size_t j = k; j < p; ++j)
        if (!any_role_word(ws[j].low))
            return false;
    return particle(ws[p].low) || any_language_has("body_link_words", ws[p].low);
}

} // namespace archive::quoting

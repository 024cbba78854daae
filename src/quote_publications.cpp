// The page's own paper as a speaker: a mention spelling one of the page's own names (its address's, its copyright's
// owner, a masthead's holding a figure: classify() reads them, own_names_for_quotes() in own_name_credits.hpp, and
// extract_quotes() keeps them in Extractor::own_names) names the paper itself, "« Q », écrit 24 heures.", "Laut 20
// Minuten ist ...", "Pour 24 heures, « Q »", though a name opening with a figure is no name to names_in(). The paper is
// a publication (Person::publication): no role noun describes it ("Pour le maire, « Q »" after it), no pronoun stands
// for it.
#include "own_name_credits.hpp"
#include "quote_extractor.hpp"
#include "quote_inner_particles.hpp"
#include "quote_publications.hpp"
#include "quote_word_tags.hpp"

#include <algorithm>

namespace archive::quoting {

namespace {

// The words first..last (all words, no mark) spell one of `names` as own_name_key() writes them.
bool spells_own_name(const std::vector<Word>& ws, std::size_t first, std::size_t last,
                     const std::vector<std::string>& names) {
    std::string joined;
    for (std::size_t j = first; j <= last; ++j) {
        if (ws[j].punct)
            return false;
        joined += ws[j].low;
    }
    const std::string key = own_name_key(joined);
    return std::find(names.begin(), names.end(), key) != names.end();
}

} // namespace

std::size_t Extractor::own_name_end(const std::vector<Word>& ws, std::size_t first, std::size_t to) const {
    const std::size_t most_words = 6;
    if (own_names.empty() || first >= ws.size() || ws[first].punct)
        return 0;
    to = std::min(to, ws.size());
    // ("Le Temps" printed whole as the masthead, "die NZZ" the masthead's "NZZ" after its article: the longest run
    // first, the article's left out after)
    const std::size_t name = first + 1 < to && has_tag(sp.lexs, WordTags::article, ws[first].low) ? first + 1 : first;
    for (std::size_t e = std::min(to, first + most_words); e > first; --e)
        for (std::size_t b : {first, name})
            if (b < e && spells_own_name(ws, b, e - 1, own_names))
                return e;
    return 0;
}

std::optional<std::string> Extractor::own_paper(std::string_view s, const std::vector<Word>& ws, std::size_t first,
                                                std::size_t last, std::size_t pos) {
    // (the whole mention, or its words after an article, as own_name_end() would read them ending at `last`: only
    // those two spans are asked, not every shorter run, for every mention resolve() is given)
    const std::size_t most_words = 6;
    if (own_names.empty() || last >= ws.size() || first > last || last - first >= most_words || ws[first].punct)
        return std::nullopt;
    // (the paper's name as printed, without the article the sentence put before it: "die NZZ" is "NZZ")
    std::size_t b = first;
    if (!spells_own_name(ws, first, last, own_names)) {
        if (first == last || !has_tag(sp.lexs, WordTags::article, ws[first].low) ||
            !spells_own_name(ws, first + 1, last, own_names))
            return std::nullopt;
        b = first + 1;
    }
    const int k = sp.add_person(span_text(s, ws, b, last));
    sp.people[static_cast<std::size_t>(k)].publication = true;
    sp.mentioned(pos, k);
    return sp.people[static_cast<std::size_t>(k)].name;
}

std::optional<std::string> written_paper(Speakers& sp, std::string_view s, const std::vector<Word>& ws,
                                         std::size_t first, std::size_t last, std::size_t pos) {
    const std::size_t most_words = 6;
    if (last >= ws.size() || first >= last || last - first >= most_words || ws[first].punct)
        return std::nullopt;
    // (a verb of writing right before the article or right after the mention: "écrit Le Temps", "the Guardian wrote")
    const auto writing = [&sp, &ws](std::size_t j) {
        return j < ws.size() && !ws[j].punct && in_list(sp.lexs, "writing_verb_words", ws[j].low);
    };
    if (!(first > 0 && writing(first - 1)) && !writing(last + 1))
        return std::nullopt;
    // The article: capitalised as the title's first word ("Le Temps", "La Stampa"), or in small letters where it
    // stands before no person's name ([paper_article_words]: "the Guardian", "die Neue Zürcher Zeitung"; not it's
    // "la Meloni", pt's "a Maria").
    const bool printed = ws[first].upper;
    if (!title_article(ws[first].low, sp) || (!printed && !in_list(sp.lexs, "paper_article_words", ws[first].low)))
        return std::nullopt;
    // The title: the capitalised words after the article, the whole mention but after a printed title ("La Stampa
    // nell'edizione di": the words after it say where it wrote).
    std::size_t end = first + 1;
    while (end <= last && !ws[end].punct && ws[end].upper)
        ++end;
    if (end == first + 1 || (end <= last && !printed))
        return std::nullopt;
    last = end - 1;
    // None of its words a role or a title ("écrit La Ministre"); after an article in small letters, nor a common or a
    // body's noun ("schreibt die Gemeinde", "the Council wrote"), unless the last is an outlet's noun ("Neue Zürcher
    // Zeitung", [outlet_name_words]); no person's surname the page named ("a écrit Le Pen" after "Marine Le Pen").
    const bool outlet = ends_with_entry(ws[last].low, sp.lexs, "outlet_name_words", 2);
    for (std::size_t j = first + 1; j <= last; ++j)
        if (role_noun(ws[j].low, sp) || title_noun(ws[j].low, sp) ||
            (!printed && !outlet && (common_noun(ws[j].low, sp) || sp.body_noun(ws[j].low))))
            return std::nullopt;
    if (known_surname(ws, first, last, sp))
        return std::nullopt;
    const int k = sp.add_person(span_text(s, ws, printed ? first : first + 1, last));
    if (sp.people[static_cast<std::size_t>(k)].personal)
        return std::nullopt;
    sp.people[static_cast<std::size_t>(k)].publication = true;
    sp.mentioned(pos, k);
    return sp.people[static_cast<std::size_t>(k)].name;
}

} // namespace archive::quoting

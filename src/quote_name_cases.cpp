// A name in an oblique case ("według Tomasza Wierzbickiego", "zdaniem Kowalskiej", "dla Anny Nowak") found as the
// person the page named before in the nominative ("Tomasz Wierzbicki", "Anna Kowalska"): the pairs of endings of the
// language's [name_case_pairs] turn one form into the other on the same stem. Asked by add_person of new names only,
// and only of languages with pairs: a name that is none of the page's people in any case stays a new person (no
// nominative is ever made up).
#include "quote_speakers.hpp"
#include "quote_word_tags.hpp"

#include <cstddef>
#include <string_view>
#include <vector>

namespace archive::quoting {

namespace {

// The lower-case words of a lower-case name.
std::vector<std::string_view> name_words(std::string_view low) {
    std::vector<std::string_view> out;
    for (std::size_t at = 0; at <= low.size();) {
        std::size_t space = low.find(' ', at);
        if (space == std::string_view::npos)
            space = low.size();
        if (space > at)
            out.push_back(low.substr(at, space - at));
        at = space + 1;
    }
    return out;
}

// A pair of [name_case_pairs]: the oblique ending and the nominative ending it replaces ("-" for none: empty).
struct CasePair {
    std::string_view ending, base;
};

// `oblique` is `known` with one pair's oblique ending for its nominative one, on a stem of `least` bytes or more.
bool case_form(std::string_view oblique, std::string_view known, const std::vector<CasePair>& pairs,
               std::size_t least = 3) {
    for (const auto& [ending, base] : pairs) {
        if (oblique.size() < ending.size() + least || !oblique.ends_with(ending))
            continue;
        const std::string_view stem = oblique.substr(0, oblique.size() - ending.size());
        if (known.size() == stem.size() + base.size() && known.starts_with(stem) && known.ends_with(base))
            return true;
    }
    return false;
}

// The first three bytes of a and b (three at least each) are the same.
bool same_three(std::string_view a, std::string_view b) {
    return a[0] == b[0] && a[1] == b[1] && a[2] == b[2];
}

} // namespace

int Speakers::inflected_person(std::string_view low) const {
    // (the pairs of the page's languages, gathered again only when the languages change: asked of every new name)
    thread_local std::vector<const Lexicon*> pairs_of;
    thread_local std::vector<CasePair> pairs;
    if (pairs_of != lexs) {
        pairs_of = lexs;
        pairs.clear();
        for (const Lexicon* lex : lexs)
            for (std::string_view p : entries_of(lex, "name_case_pairs")) {
                const std::size_t space = p.find(' ');
                if (space == std::string_view::npos)
                    continue;
                const std::string_view base = p.substr(space + 1);
                pairs.push_back(CasePair{p.substr(0, space), base == "-" ? std::string_view{} : base});
            }
    }
    if (pairs.empty() || people.empty())
        return -1;
    const auto words = name_words(low);
    if (words.empty())
        return -1;
    int found = -1;
    for (std::size_t k = 0; k < people.size(); ++k) {
        // (the last words first, read off the names as they are: most people are settled there)
        const std::string_view known_low = people[k].low;
        const std::string_view known_last = known_low.substr(known_low.rfind(' ') + 1);
        // (a case form of the known last word opens with its stem, three bytes at least: most people's last words
        // differ in their first three bytes, and are turned away before the pairs are read)
        if (known_last != words.back() &&
            (words.back().size() < 3 || known_last.size() < 3 ||
             !same_three(words.back(), known_last) || !case_form(words.back(), known_last, pairs)))
            continue;
        const auto known = name_words(known_low);
        // (the mention's words are the last ones of the known name, each the same or in another case, one at least
        // in another case: "Wierzbickiego" and "Tomasza Wierzbickiego" of "Tomasz Wierzbicki", and "Anny Nowak" of
        // "Anna Nowak", an undeclined surname after a declined given name; a lone word must be the surname)
        if (known.size() < words.size())
            continue;
        // (a given name before the surname matched may be short, its stem of two bytes: "Ewy Nowak" of "Ewa
        // Nowak", "Oli Lis" of "Ola Lis"; a lone or last word keeps three: "Ewy" alone is no surname)
        bool all = true;
        bool inflected = false;
        for (std::size_t i = 0; i < words.size() && all; ++i) {
            const std::string_view w = known[known.size() - words.size() + i];
            const std::size_t least = i + 1 < words.size() ? 2 : 3;
            const bool other = words[i] != w && case_form(words[i], w, pairs, least);
            all = words[i] == w || other;
            inflected = inflected || other;
        }
        if (!all || !inflected)
            continue;
        // (two people it may be, "Kowalskiego" of Jan and of Piotr Kowalski: it is neither for sure)
        if (found >= 0)
            return -1;
        found = static_cast<int>(k);
    }
    return found;
}

} // namespace archive::quoting

// A woman's role named with the feminine form after her name came with the masculine or common form: "il sindaco
// Anna Rossi [...] ha detto la prima cittadina", "el alcalde Ana Ruiz [...] dijo la alcaldesa", "le ministre Claire
// Dubois [...] a déclaré la ministre". Her description gave her the masculine article's gender, which the feminine
// mention conflicts with; she is meant all the same when she is the only person holding that role.
// A generic noun of an office or a kind ([role_kinds]: "la magistrata" after "il procuratore Ada Neri") names the
// one person of the page holding a role of its group. Last, the trades of quote_trades.hpp, which are no roles.
#include "quote_trades.hpp"
#include "quotes_parts.hpp"
#include "text.hpp"

#include <algorithm>

namespace archive {
namespace quoting {

namespace {

// The roles a feminine description may stand for: its role nouns, and the masculine forms that
// [feminine_role_forms] gives its feminine ones ("prima cittadina = sindaco primo cittadino").
std::vector<std::string> role_forms(const std::vector<std::string_view>& words, const Speakers& sp) {
    std::vector<std::string> forms;
    for (std::string_view w : words)
        if (w.size() >= 3 && role_noun(w, sp))
            forms.emplace_back(w);
    for (const std::string_view f : phrase_forms(words, "feminine_role_forms", sp))
        forms.emplace_back(f);
    return forms;
}

// Whether the phrase's words stand in a row among `words`, or with one adjective between two of them whose ending is
// one of the language's [adjective_case_endings] ("szef polskiego rządu" for "szef rządu", "szefa niemieckiej
// dyplomacji" for "szefa dyplomacji"): a language that lists the endings puts such adjectives before the noun.
bool phrase_among(const std::vector<std::string_view>& words, const std::vector<std::string_view>& phrase,
                  const Lexicon* lex) {
    auto adjective = [lex](std::string_view w) {
        for (const std::string_view end : entries_of(lex, "adjective_case_endings"))
            if (w.size() > end.size() + 2 && w.substr(w.size() - end.size()) == end)
                return true;
        return false;
    };
    for (std::size_t i = 0; i < words.size(); ++i) {
        std::size_t k = i;
        std::size_t m = 0;
        while (m < phrase.size()) {
            if (k < words.size() && words[k] == phrase[m]) {
                ++k;
                ++m;
            } else if (m > 0 && k + 1 < words.size() && words[k + 1] == phrase[m] && adjective(words[k])) {
                k += 2;
                ++m;
            } else {
                break;
            }
        }
        if (m == phrase.size())
            return true;
    }
    return false;
}

} // namespace

std::vector<std::string_view> phrase_forms(const std::vector<std::string_view>& words, std::string_view section,
                                           const Speakers& sp) {
    std::vector<std::string_view> forms, phrase;
    for (const Lexicon* lex : sp.lexs)
        for (const std::string_view entry : entries_of(lex, section)) {
            const std::size_t eq = entry.find(" = ");
            if (eq == std::string::npos)
                continue;
            // (phrase_among() wants the phrase's first word among the description's: most entries are turned away by
            // it before their words are split)
            const std::string_view first = entry.substr(0, std::min(entry.find(' '), eq));
            if (eq > 0 && std::find(words.begin(), words.end(), first) == words.end())
                continue;
            // (the phrase's words, in a row among the description's)
            phrase.clear();
            for (std::size_t at = 0; at < eq;) {
                const std::size_t sp_at = std::min(entry.find(' ', at), eq);
                phrase.push_back(entry.substr(at, sp_at - at));
                at = sp_at + 1;
            }
            if (!phrase_among(words, phrase, lex))
                continue;
            for (std::size_t at = eq + 3; at < entry.size();) {
                const std::size_t e = std::min(entry.find(' ', at), entry.size());
                if (e > at)
                    forms.push_back(entry.substr(at, e - at));
                at = e + 1;
            }
        }
    return forms;
}

int feminine_role_holder(const std::vector<std::string_view>& words, std::size_t pos, const Speakers& sp) {
    const std::vector<std::string> forms = role_forms(words, sp);
    if (forms.empty())
        return -1;
    int holder = -1;
    for (int k : sp.recent(pos)) {
        const Person& p = sp.people[static_cast<std::size_t>(k)];
        if (std::none_of(forms.begin(), forms.end(), [&p](const std::string& f) { return matches(p.roles, f) != 0; }))
            continue;
        // ("die SPD-Politikerin" after "der SPD-Politiker Jonas Roth": a language that marks a woman's role by its
        // ending wrote his masculine form on purpose; he is a man, no holder of hers)
        if (std::any_of(forms.begin(), forms.end(), [&p, &sp](const std::string& f) {
                return std::any_of(p.roles.begin(), p.roles.end(),
                                   [&f, &sp](const std::string& x) { return gender_forms_apart(x, f, sp); });
            }))
            continue;
        // (two holders, a woman, one of no known gender or one the text does not name: the plain rules decide)
        if (holder >= 0 || p.gender != 'm' || p.name.empty())
            return -1;
        holder = k;
    }
    return holder;
}

namespace {

// An entry of a group of [role_kinds] is among `words`: its word, or each of its words joined by "+"
// ("conseillère+état" among "conseillère", "d'état"), an elided article or preposition before one passed over.
template <class Words>
bool kind_entry_among(std::string_view entry, const Words& words) {
    for (std::size_t at = 0; at <= entry.size();) {
        const std::size_t plus = std::min(entry.find('+', at), entry.size());
        const std::string_view part = entry.substr(at, plus - at);
        if (std::none_of(words.begin(), words.end(),
                         [part](std::string_view w) { return w == part || after_elided_prefix(w) == part; }))
            return false;
        at = plus + 1;
    }
    return true;
}

} // namespace

int kind_role_holder(const std::vector<std::string_view>& words, char gender, std::size_t pos, const Speakers& sp) {
    // (the description's own role, up to the word linking it to what it is of: not "el portavoz del mandatario")
    std::vector<std::string_view> own;
    for (const std::string_view w : words) {
        if (has_tag(sp.lexs, WordTags::complement, w))
            break;
        own.push_back(w);
    }
    int holder = -1;
    for (const Lexicon* lex : sp.lexs) {
        const LexiconSection* sec = section_of(lex, "role_kinds");
        if (sec == nullptr)
            continue;
        for (const auto& group : sec->phrases()) {
            // ("generic nouns = roles": the description names a generic noun; a holder, a noun of either side)
            const auto eq = std::find(group.begin(), group.end(), "=");
            auto among = [](auto from, auto to, const auto& ws) {
                return std::any_of(from, to, [&ws](std::string_view e) { return e != "=" && kind_entry_among(e, ws); });
            };
            if (eq == group.end() || !among(group.begin(), eq, own))
                continue;
            for (std::size_t k = 0; k < sp.people.size(); ++k) {
                if (!among(group.begin(), group.end(), sp.people[k].roles))
                    continue;
                // (two people of the group's roles: the plain rules decide)
                if (holder >= 0 && holder != static_cast<int>(k))
                    return -1;
                holder = static_cast<int>(k);
            }
        }
    }
    if (holder < 0)
        return -1;
    const Person& p = sp.people[static_cast<std::size_t>(holder)];
    // (a man's noun does not name a woman described as one; a woman named with a man's noun of her office is
    // common: "il procuratore Ada Neri" [...] "la magistrata")
    const std::vector<int> before = sp.recent(pos);
    if (unnamed(p) || (gender == 'm' && p.gender == 'f') || std::find(before.begin(), before.end(), holder) == before.end())
        return -1;
    return holder;
}

namespace {

// "Mum-of-three Kayleigh Brandon", "father-of-two Tom Hale": a relative's noun ([kin_words]) joined by a linking word
// ([kin_count_link_words], "-of-") to a count ([cardinal_words] or a figure) says who a person is, as a trade does.
bool kin_count(std::string_view w, const Speakers& sp) {
    const std::size_t first = w.find('-');
    const std::size_t second = first == std::string_view::npos ? first : w.find('-', first + 1);
    if (second == std::string_view::npos || second + 1 >= w.size())
        return false;
    const std::string_view count = w.substr(second + 1);
    return in_list(sp.lexs, "kin_count_link_words", w.substr(first + 1, second - first - 1)) &&
           in_list(sp.lexs, "kin_words", w.substr(0, first)) &&
           (in_list(sp.lexs, "cardinal_words", count) || text::all_ascii_digits(count));
}

} // namespace

bool trade_noun(std::string_view w, const Speakers& sp) {
    return in_list(sp.lexs, "trade_words", after_elision(w)) ||
           (w.find('-') != std::string_view::npos && kin_count(w, sp));
}

bool expertise_link(std::string_view w, std::string_view link, const Speakers& sp) {
    if (w.empty() || link.empty() || link.size() > 4)
        return false;
    std::string pair(after_elision(w));
    pair += ' ';
    pair += link;
    return in_list(sp.lexs, "expertise_links", pair);
}

namespace {

// "a empresa", "l'entreprise", "la cartera": a noun naming a body or a place ([body_words], [organisation_words],
// [body_anaphor_words], [place_body_words], [place_kind_words]), whose name after it is no person's
bool apposed_body_noun(std::string_view w, const Speakers& sp) {
    for (const char* section :
         {"body_words", "organisation_words", "body_anaphor_words", "place_body_words", "place_kind_words"})
        if (in_list(sp.lexs, section, w))
            return true;
    return false;
}

// The first word of p's description is the noun (`holds`), and none of its words is a role noun: "Secretary of State
// Jon Husted" is described by his office, whose field "state" is no noun naming him ("the state said").
template <class Holds> bool apposed_noun_of(const Person& p, Holds holds, const Speakers& sp) {
    return holds(p.roles.front()) &&
           std::none_of(p.roles.begin(), p.roles.end(), [&sp](const std::string& r) { return role_noun(r, sp); });
}

} // namespace

int trade_holder(const std::vector<std::string_view>& words, std::size_t pos, const Speakers& sp) {
    // (an article and the trade: "the farmer", "de huurder", "a empresária"; or the trade after an article elided
    // into it, one word: "l'infirmière", "l’infermiera", which is met with or without the article: "l'infirmière de
    // garde, Anne Favre", "infirmière Anne Favre")
    const bool elided = words.size() == 1 && after_elision(words[0]).size() != words[0].size();
    if (!elided && (words.size() != 2 || !has_tag(sp.lexs, WordTags::article, words[0])))
        return -1;
    const std::string_view trade = elided ? after_elision(words[0]) : words[1];
    // "O infectologista lembrou" after "o infectologista Ricardo Sampaio", "la sismóloga" after "la sismóloga Marta
    // Gil": a noun of no list that the page set before a name, the first word of that person's description, names
    // them as a trade does; not a body's noun ("a empresa Brenvale": [body_anaphor_words] find the body named)
    const bool listed = trade_noun(elided ? words[0] : words[1], sp);
    if (!listed && (trade.size() < 5 || sp.stopword(trade) || apposed_body_noun(trade, sp)))
        return -1;
    auto holds = [&](const std::string& r) { return r == trade || (elided && after_elision(r) == trade); };
    int holder = -1;
    for (std::size_t k = 0; k < sp.people.size(); ++k)
        if (std::any_of(sp.people[k].roles.begin(), sp.people[k].roles.end(), holds)) {
            if (holder >= 0 || (!listed && !apposed_noun_of(sp.people[k], holds, sp)))
                return -1;
            holder = static_cast<int>(k);
        }
    const std::vector<int> before = holder >= 0 ? sp.recent(pos) : std::vector<int>();
    return std::find(before.begin(), before.end(), holder) != before.end() ? holder : -1;
}

} // namespace quoting
} // namespace archive

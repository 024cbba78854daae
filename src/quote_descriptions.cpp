// The resolution of a mention that describes its speaker ("the minister", "der 58-Jährige", "un porte-parole du
// ministère") to the most recent person of the article it fits, or to the body its capitalised words name
// (Extractor::resolve_description), and what tells the name of a medium, a body or a date from a person's
// (no_person). Names, pronouns and bare surnames are resolved in quote_people.cpp.
#include "quote_ages.hpp"
#include "quote_body_names.hpp"
#include "quote_elided_articles.hpp"
#include "quote_office_fields.hpp"
#include "quote_trades.hpp"
#include "quotes_parts.hpp"

#include "page.hpp"
#include "text.hpp"

#include <algorithm>
#include <cstdint>
#include <string_view>
#include <vector>

namespace archive::quoting {

namespace {

// "the Republican nominee", "the presidential nominee", "le candidat présidentiel": a party's word ([party_words]) or
// an adjective formed from a role noun ([role_adjective_endings]: "presidential", "mayoral") says what kind of role
// it is, and is no role a person named before could share ("Republican Sen. Jo Lee", "President Tom Vale").
bool role_modifier(std::string_view w, const Speakers& sp) {
    if (in_list(sp.lexs, "party_words", w))
        return true;
    for (const Lexicon* lex : sp.lexs)
        for (const auto& e : entries_of(lex, "role_adjective_endings"))
            if (ends_after(w, e, 3) && role_noun(w.substr(0, w.size() - e.size()), sp))
                return true;
    return false;
}

// "ha detto l'imputato" after "L'avvocato Paolo Neri ha sostenuto", "the defendant said" after "his lawyer, Ann Roe":
// the roles of one scene in [rival_roles] (one scene a line, its roles in groups split by "|": defendant, lawyer,
// prosecutor, judge) are held by different people, so a description by a role of one group names no one known only
// by a role of another group of its line. A description's groups and a person's are read once (a page of thousands
// of "a déclaré l'accusé" among a hundred people read each person's roles against each line at each mention).

// Each line of [rival_roles] of the article's lexicons, in order, given to f with its index.
template <class F>
void for_each_rival_line(const Speakers& sp, F f) {
    std::size_t i = 0;
    for (const Lexicon* lex : sp.lexs)
        if (const LexiconSection* sec = section_of(lex, "rival_roles"); sec != nullptr)
            for (const auto& line : sec->phrases())
                f(i++, line);
}

// The group of the word w on a line of [rival_roles]: its count of "|" before it; -1 off the line.
int rival_group(LexiconWords line, std::string_view w) {
    int g = 0;
    for (const std::string_view e : line) {
        if (e == "|")
            ++g;
        else if (e == w || e == after_elided_prefix(w))
            return g;
    }
    return -1;
}

// The group of a description's `roles` on each line of [rival_roles] (of its roles on the line, the last in order;
// -1 for none): read once for the description, asked of each person. Empty when no role is on any line.
std::vector<int> rival_own_groups(const std::set<std::string>& roles, const Speakers& sp) {
    std::vector<int> own;
    bool any = false;
    for_each_rival_line(sp, [&](std::size_t, LexiconWords line) {
        int g = -1;
        for (const std::string& r : roles)
            if (const int rg = rival_group(line, r); rg >= 0)
                g = rg;
        own.push_back(g);
        any = any || g >= 0;
    });
    if (!any)
        own.clear();
    return own;
}

// The groups (bits) of the roles of p from its role `from` on, on each line of [rival_roles], added to `groups`.
void add_rival_groups(const Person& p, std::size_t from, const Speakers& sp, std::vector<std::uint64_t>& groups) {
    for_each_rival_line(sp, [&](std::size_t i, LexiconWords line) {
        if (groups.size() <= i)
            groups.resize(i + 1);
        for (std::size_t r = from; r < p.roles.size(); ++r)
            if (const int g = rival_group(line, p.roles[r]); g >= 0 && g < 64) // (a scene has a few groups)
                groups[i] |= std::uint64_t{1} << g;
    });
}

// The groups of p's roles on each line, read once for each role of a person of the book (Speakers::person_facts),
// in the room given for one of no book.
const std::vector<std::uint64_t>& rival_groups(const Person& p, const Speakers& sp, std::vector<std::uint64_t>& room) {
    return person_role_facts(p, sp, &Speakers::PersonFacts::rival_roles_read, &Speakers::PersonFacts::rival_groups, room,
                             [&](std::size_t from, std::vector<std::uint64_t>& groups) {
                                 add_rival_groups(p, from, sp, groups);
                             });
}

// Whether person `p` is known only by a role of another group than the description's (`own`, rival_own_groups) on a
// line: on the first line where the description has a group and p any, p is not meant unless known by that group.
bool rival_role(const Person& p, const std::vector<int>& own, const Speakers& sp) {
    if (p.roles.empty() || own.empty())
        return false;
    std::vector<std::uint64_t> room;
    const std::vector<std::uint64_t>& groups = rival_groups(p, sp, room);
    for (std::size_t i = 0; i < own.size() && i < groups.size(); ++i) {
        if (own[i] < 0 || groups[i] == 0)
            continue;
        return own[i] >= 64 || (groups[i] >> own[i] & 1) == 0; // (known by the description's own group too: not)
    }
    return false;
}

// "l'OMS", "l’Union syndicale suisse", "l'Istat": a word ws[k] of an article elided ([articles]: "l") before a
// capital, the article of a body's name: the bytes of the article and its apostrophe, 0 for any other word.
// ("L'Associazione dei Pescatori del Lago di Varese ha chiesto", "L'Union des commerçants de Morges a demandé": the
// article capitalised, opening a sentence, only before a body's noun, [organisation_words] or [body_words], and a
// word linking it to what the body is of; "L'Oréal", "L'Équipe a écrit" keep their article, a name's own.)
std::size_t elided_article_before_name(std::string_view s, const std::vector<Word>& ws, std::size_t k,
                                       const Speakers& sp) {
    const Word& w = ws[k];
    if (w.punct)
        return 0;
    const std::string_view raw = s.substr(w.b, w.e - w.b);
    const std::size_t cut = raw.size() - after_elision(raw).size();
    std::size_t i = cut;
    if (cut == 0 || cut >= raw.size() || !text::is_upper(text::next_cp(raw, i)) ||
        !has_tag(sp.lexs, WordTags::article, w.low.substr(0, 1)))
        return 0;
    if (!w.upper)
        return cut;
    const std::string_view head = after_elision(w.low);
    const bool linked = k + 1 < ws.size() && !ws[k + 1].punct &&
                        (has_tag(sp.lexs, WordTags::complement, ws[k + 1].low) ||
                         in_list(sp.lexs, "body_link_words", ws[k + 1].low));
    return linked && (listed_noun(head, "organisation_words", sp) || listed_noun(head, "body_words", sp)) ? cut : 0;
}

// "Wednesday", "May 2024", "published Monday 5": each of the lower-case words names a day or a month or is a figure.
bool dates_or_figures(const std::vector<std::string_view>& words, const Speakers& sp) {
    return std::all_of(words.begin(), words.end(), [&sp](std::string_view w) {
        return date_word(w, sp) || text::is_digit(static_cast<unsigned char>(w[0]));
    });
}

// "Bericht der Handelskammer", "Studie des Instituts für Hafenforschung": a noun of a text or of what is said at
// `noun` ([report_words], [utterance_words]), a word opening its genitive, perhaps adjectives, then capitalised words
// (and a body's linking word) up to `last`: the first of those words and `last`, else nothing.
std::optional<std::pair<std::size_t, std::size_t>> genitive_author(const std::vector<Word>& ws, std::size_t noun,
                                                                  std::size_t last, const Speakers& sp) {
    if (noun + 2 > last || ws[noun].punct || !ws[noun].upper ||
        !(report_noun(ws[noun].low, true, sp) || in_list(sp.lexs, "utterance_words", ws[noun].low)))
        return std::nullopt;
    if (!genitive_opener(ws[noun + 1], sp))
        return std::nullopt;
    std::size_t o = noun + 2;
    while (o < last && !ws[o].punct && !ws[o].upper && !sp.stopword(ws[o].low))
        ++o;
    for (std::size_t j = o; j <= last; ++j)
        if (ws[j].punct || (!ws[j].upper && (j == o || !in_list(sp.lexs, "body_link_words", ws[j].low))))
            return std::nullopt;
    return std::make_pair(o, last);
}

// "des Bauamts", "des Landesamtes", "des Ministeriums": a body's noun ([body_words], or the end of a compound of
// one) in the genitive in -s or -es (`name` as written, `low` its lower case) is named by its base form, as a reader
// names it ("das Bauamt"); any other name stays as written.
std::string genitive_base(const std::string& name, std::string_view low, const Speakers& sp) {
    if (low.back() != 's' || listed_noun(low, "body_words", sp))
        return name;
    for (std::size_t cut : {std::size_t{2}, std::size_t{1}})
        if (low.size() > cut + 2 && name.size() > cut && (cut == 1 || low[low.size() - 2] == 'e') &&
            listed_noun(low.substr(0, low.size() - cut), "body_words", sp))
            return std::string(std::string_view(name).substr(0, name.size() - cut));
    return name;
}

} // namespace

bool own_body_name(std::string_view s, const std::vector<Word>& ws, std::size_t first, std::size_t last,
                   const Speakers& sp) {
    if (last <= first + 1 || ws[first].punct)
        return false;
    std::string_view head;
    std::size_t at = first;
    if (elided_article_before_name(s, ws, first, sp) != 0) {
        head = after_elision(ws[first].low);
    } else if (has_tag(sp.lexs, WordTags::article, ws[first].low) && !ws[first + 1].punct && ws[first + 1].upper) {
        head = ws[first + 1].low;
        at = first + 1;
    }
    // (the name goes on past the noun through a word linking it to what the body is of: "el Gobierno regional" is the
    // body's noun and an adjective, "the Harbour News' Dana Pike" no body's name)
    const Word& link = ws[at + 1];
    return !head.empty() && at + 1 < last && !link.punct &&
           (has_tag(sp.lexs, WordTags::complement, link.low) || in_list(sp.lexs, "body_link_words", link.low)) &&
           (listed_noun(head, "organisation_words", sp) || listed_noun(head, "body_words", sp));
}

bool date_word(std::string_view low, const Speakers& sp) {
    return in_list(sp.lexs, "weekdays", low) || month_word(sp.lexs, low);
}

bool time_word(std::string_view w, const Speakers& sp) {
    return date_word(w, sp) || in_list(sp.lexs, "time_of_day_words", w) || weekday_time_compound(sp.lexs, w);
}

// "according to a media report", "laut einem Medienbericht", "selon un rapport", "según la prensa": a noun of a text
// or a medium ([report_words]; in German the end of a compound too: "Polizeiangaben") names no speaker.
bool report_noun(std::string_view low, bool upper, const Speakers& sp) {
    // ("according to the Associated Press" names an agency)
    return (!upper || sp.capitalised_nouns) && listed_noun(low, "report_words", sp);
}

// "Einwohner Bergstadts", "Hälfte der Befragten": where nouns are capitalised, a run of capitalised words (lower-case
// `low`) opening with a plural noun of a group of people ([group_words], or the end of a compound of one) or a share
// of one ([share_words]) names a group: it is the antecedent of no "er" or "sie" (a person's name opens with no
// such noun).
bool group_run(std::string_view low, const Speakers& sp) {
    const std::string_view first = low.substr(0, low.find(' '));
    return in_list(sp.lexs, "share_words", first) || listed_noun(first, "group_words", sp);
}

// "Reuters", "Nachrichtenagentur Reuters", "Environmental Protection Agency", "Süddeutsche Zeitung", "Wednesday": a news
// agency's name alone, a name holding a noun of an agency ([medium_words]; in German the end of a compound too) or,
// past its first word, of a title or a body ("Roman Herzog" is a man), or a day's or a month's name ("Friday, she
// went on to ...") names a medium, a body or a date, and a group_run a group: no "he" or "she", nor a person a role
// noun describes; so does a street's or a square's name.
namespace {

bool no_person_read(const Person& p, const Speakers& sp) {
    const std::string_view low = p.low;
    if (sp.capitalised_nouns && group_run(low, sp))
        return true;
    if (low.find(' ') == std::string_view::npos)
        return agency_id_of_lowered(low) != nullptr || listed_noun(low, "medium_words", sp) || date_word(low, sp);
    const std::vector<std::string_view> words = text::split_ws(low);
    for (std::size_t j = 0; j < words.size(); ++j)
        if (listed_noun(words[j], "medium_words", sp) || (j > 0 && title_noun(words[j], sp)))
            return true;
    // ("el funcionario" after a caption's "(Ministerio de Defensa de Rusia vía AP)": a public body's noun opens no
    // person's name)
    if (listed_noun(words.front(), "body_words", sp))
        return true;
    // ("said the board chair" after "The Corvane County Library board voted": a name of three words or more closing
    // on an organisation's noun, [organisation_words], names the body, unless known as a person's)
    if (!p.personal && words.size() >= 3 && in_list(sp.lexs, "organisation_words", words.back()))
        return true;
    // ("ha detto l'assessore" after a caption's "Via Valassina sott'acqua", "a dit le maire" after "Rue de Rivoli
    // fermée": a street's or a square's noun opening the name, or closing it in English, [street_words], names a
    // place, unless the name is known as a person's)
    if (!p.personal && (in_list(sp.lexs, "street_words", words.front()) || in_list(sp.lexs, "street_words", words.back())))
        return true;
    // ("sagte der Bürgermeister" after "Das Hallenbad Geiselweid bleibt geschlossen", "a dit le maire" after "Le Stade
    // de la Fontenette rouvre": a building's noun opening the name, or closing it, [building_words], names a place,
    // unless the name is known as a person's; in German the end of a compound too, "Kantonsspital Baden")
    if (!p.personal &&
        (listed_noun(words.front(), "building_words", sp) || listed_noun(words.back(), "building_words", sp)))
        return true;
    return dates_or_figures(words, sp);
}

} // namespace

// (read once for each name and `personal` a person of the book has: Speakers::person_facts)
bool no_person(const Person& p, const Speakers& sp) {
    if (p.publication)
        return true;
    Speakers::PersonFacts* facts = sp.facts_of(p);
    if (facts == nullptr)
        return no_person_read(p, sp);
    if (!facts->no_person_read || facts->no_person_personal != p.personal || facts->no_person_low != p.low) {
        facts->no_person = no_person_read(p, sp);
        facts->no_person_read = true;
        facts->no_person_personal = p.personal;
        facts->no_person_low = p.low;
    }
    return facts->no_person;
}

namespace {

// "„Q“, sagte der Kanzler", "« Q », a déclaré la ministre", "\"Q,\" said the mayor": the mention at word `first`
// follows a cue of a few words (a speech verb, its auxiliary, an adverb) after a quote's closing mark and its comma.
bool cue_subject_after_quote(const std::vector<Word>& ws, std::size_t first) {
    const std::size_t most_cue_words = 4;
    std::size_t k = first;
    while (k > 0 && first - k < most_cue_words && !ws[k - 1].punct)
        --k;
    if (k == first || k == 0)
        return false;
    auto mark = [&ws](std::size_t i) {
        std::size_t at = 0;
        return ws[i].punct && !ws[i].low.empty() && text::is_quote_mark(text::next_cp(ws[i].low, at));
    };
    return mark(k - 1) || (ws[k - 1].low == "," && k >= 2 && mark(k - 2));
}

// A role noun is among the words a person was described with ("President Tom Vale"; a title, "Sen. Jo Lee", may be
// short for the role the mention names: "the senator").
bool role_known(const Person& p, const Speakers& sp) {
    return std::any_of(p.roles.begin(), p.roles.end(), [&sp](const std::string& r) { return role_noun(r, sp); });
}

// "Die Aktivistin Eva Roth", "Moderator Jonas Brunner", "la militante Marine Roux", "campaigner Ann Roe": a word p was
// described with names a role of a kind that holds no office ([no_office_role_words]; where nouns are capitalised, the
// end of a compound, "Klimaaktivistin"): an office the text names later ("sagte der Stadtpräsident", "a déclaré la
// ministre") is someone else's, whom the text may not name.
bool no_office_role(const Person& p, const Speakers& sp) {
    return std::any_of(p.roles.begin(), p.roles.end(), [&sp](const std::string& role) {
        const std::string_view r = after_elided_prefix(role); // ("l'attivista")
        return in_list(sp.lexs, "no_office_role_words", r) ||
               (sp.capitalised_nouns && ends_with_entry(r, sp.lexs, "no_office_role_words", 3));
    });
}

// "Volgens de rechter handelde Vervaecke met voorbedachten rade", "According to the judge, Varley acted with
// premeditation", "Selon le juge, Verdier a agi": the last word of p's name written after the mention (the words
// first..last of ws), in its sentence: the sentence tells of p, whom the role, no name, is not. (Not before it:
// "Tom Vale urged the board to act, a step the Ohio congressman said was overdue": the role names the subject.)
bool named_after(const std::vector<Word>& ws, std::size_t last, const Person& p) {
    const std::size_t space = p.low.rfind(' ');
    const std::string_view surname = std::string_view(p.low).substr(space == std::string::npos ? 0 : space + 1);
    const auto stop = [&ws](std::size_t k) {
        return ws[k].punct && (ws[k].low == "." || ws[k].low == "!" || ws[k].low == "?");
    };
    for (std::size_t k = last + 1; k < ws.size() && !stop(k); ++k)
        if (ws[k].upper && ws[k].low == surname)
            return true;
    return false;
}

// "la porte-parole de Greenpeace", "die Sprecherin von Greenpeace", "the spokeswoman for Greenpeace", "la portavoz
// de Greenpeace": a role that speaks for others ([deputy_words]; not a body's head, "le chef du Département de
// l'intérieur", whom the page may have named with another role), the word linking it to what it is of
// ([complement_words]; articles after it perhaps), then a capitalised word, no role noun (where nouns are
// capitalised, one right after a link that is no article, or a name of names_in: "der Sprecher des Ministeriums"
// names none), read in the words first..last of ws. Not "le porte-parole du ministère".
bool linked_name(const std::vector<Word>& ws, std::size_t first, std::size_t last, const Speakers& sp) {
    for (std::size_t r = first; r + 2 <= last; ++r) {
        if (ws[r].punct || !in_list(sp.lexs, "deputy_words", after_elision(ws[r].low)) ||
            !has_tag(sp.lexs, WordTags::complement, ws[r + 1].low))
            continue;
        std::size_t n = r + 2;
        while (n < last && has_tag(sp.lexs, WordTags::article, ws[n].low))
            ++n;
        if (ws[n].punct || !ws[n].upper || role_noun(ws[n].low, sp))
            return false;
        // ("die Sprecherin von Greenpeace": a link that is no article, "von", and no article after it)
        if (!sp.capitalised_nouns || (n == r + 2 && !has_tag(sp.lexs, WordTags::article, ws[r + 1].low)))
            return true;
        const std::vector<Word> sub(ws.begin() + static_cast<std::ptrdiff_t>(n),
                                    ws.begin() + static_cast<std::ptrdiff_t>(last + 1));
        const std::vector<NameSpan> names = names_in(sub, sp);
        return !names.empty() && names.front().first == 0;
    }
    return false;
}

// "PS", "SPD", "UNHCR": a name of one word in capital letters (two or more, no lower-case one) is a body's acronym;
// "VALLE SERENO, Mich.-", "PORTO ALTO." opening a dispatch: a name of several such words, not known as a person's,
// is a place's dateline. Neither holds a role.
bool acronym_name(const Person& p) {
    return p.name.size() >= 2 && (p.low.find(' ') == std::string::npos || !p.personal) && p.low != p.name &&
           std::none_of(p.name.begin(), p.name.end(), [](char c) { return c >= 'a' && c <= 'z'; });
}

} // namespace

// "a spokesman for the agency said", "ein Sprecher der Landesbehörde sagte", "un porte-parole a déclaré": a role
// brought in with an indefinite article is someone the text does not name. They join the book with no name, so that
// "the spokesman" or "he" after them is that nobody, not the last person named (another role).
void add_unnamed(Speakers& sp, std::size_t pos, char gender, const std::vector<std::string_view>& words) {
    sp.people.push_back(Person{std::string(), gender, {}, {}, false, false, false, std::string(), {}, std::string()});
    const int k = static_cast<int>(sp.people.size() - 1);
    // (described by the words of its role only: "the minister" after "a spokesman for the minister" is not them)
    std::vector<std::string_view> role;
    for (std::string_view w : words) {
        if (has_tag(sp.lexs, WordTags::complement, w))
            break;
        role.push_back(w);
    }
    sp.describe(k, role);
    sp.add_fields(sp.people[static_cast<std::size_t>(k)], words); // ("le chef de l'État" keeps what it is chef of)
    sp.mentioned(pos, k);
}

// "le ministre des Affaires maritimes", "the Secretary of Transport", "il ministro degli Esteri", "der Minister für
// Umwelt": the name n follows a role noun of [field_role_words] and the word linking it to its field
// ([complement_words] or [body_link_words], perhaps articles between): it names what the office is of, no person,
// unless a body's noun or an acronym makes it a body ("la secretaria de la CGTR", "the Secretary of the Port Board").
// After a role heading a body ([head_role_words]: "la presidente del Consiglio", "el presidente del Gobierno") the
// body too is only where the person presides: no speaker either.
bool office_field(const std::vector<Word>& sub, const NameSpan& n, const Speakers& sp) {
    std::size_t j = n.first;
    while (j > 0 && !sub[j - 1].punct && has_tag(sp.lexs, WordTags::article, sub[j - 1].low))
        --j;
    if (j < 2 || sub[j - 1].punct || sub[j - 2].punct)
        return false;
    // (one lower-case adjective may follow the role noun: "l'assessore regionale al Bilancio", "el consejero
    // autonómico de Hacienda")
    // ("l'assessore ai Lavori pubblici", "l'adjoint aux Sports": the role after its elided article)
    auto listed = [&](std::string_view w) {
        w = after_elision(w);
        return in_list(sp.lexs, "head_role_words", w) || in_list(sp.lexs, "field_role_words", w);
    };
    std::size_t r = j - 2;
    if (!listed(sub[r].low) && r > 0 && !sub[r].upper && !sub[r - 1].punct && listed(sub[r - 1].low))
        --r;
    const bool heads = in_list(sp.lexs, "head_role_words", after_elision(sub[r].low));
    if (!heads && !listed(sub[r].low))
        return false;
    // ("l'adjoint aux Sports", "l'assessore ai Lavori pubblici": a link of a role to its field, [role_field_words])
    const std::string_view link = sub[j - 1].low;
    if (!has_tag(sp.lexs, WordTags::complement, link) && !in_list(sp.lexs, "body_link_words", link) &&
        !in_list(sp.lexs, "role_field_words", link))
        return false;
    for (std::size_t k = n.first; k <= n.last && !heads; ++k)
        if (sub[k].acronym || in_list(sp.lexs, "body_words", sub[k].low) || listed_noun(sub[k].low, "body_words", sp))
            return false;
    return true;
}

std::size_t office_field_start(const std::vector<Word>& ws, std::size_t first, std::size_t last, const Speakers& sp) {
    // (each run of capitalised words is asked: office_field reads the role and the link before it)
    for (std::size_t f = first + 2; f <= last; ++f) {
        if (ws[f].punct || !ws[f].upper || (!ws[f - 1].punct && ws[f - 1].upper))
            continue;
        NameSpan n{f, f};
        while (n.last < last && !ws[n.last + 1].punct && ws[n.last + 1].upper)
            ++n.last;
        if (office_field(ws, n, sp))
            return f;
    }
    return 0;
}

// The speaker a description names (the words first..last of ws, `words` their lower-case words without marks):
// the most recent person it fits, a body named by its capitalised words, an age, or nothing.
std::optional<std::string> Extractor::resolve_description(std::string_view s, const std::vector<Word>& ws,
                                                          std::size_t first, std::size_t last, std::size_t pos,
                                                          const std::vector<std::string_view>& words) {
    // A role description resolves to the most recent compatible person.
    std::set<std::string> roles, nations;
    // The words past the link, and whether a role noun stood before it (the speaker's own role).
    std::set<std::string_view> linked_words;
    bool head_role = false;
    bool has_role_word = false;
    bool linked = false; // past a word linking the role to what it is of: "the leader of the Democrats"
    std::vector<std::string_view> offices; // (the speaker's own role nouns that name an office: [office_words])
    for (const auto& w : words) {
        // (German puts what the role is of in the genitive after an article: "ein Sprecher der Stadt")
        // ("de staatssecretaris van Infrastructuur": after the role, the word linking a role to its field,
        // [role_field_words], where the language lists no complement word)
        linked = linked || has_tag(sp.lexs, WordTags::complement, w) ||
                 (sp.capitalised_nouns && head_role && has_tag(sp.lexs, WordTags::article, w)) ||
                 (head_role && in_list(sp.lexs, "role_field_words", w));
        if (sp.stopword(w) || (w.size() < 3 && !short_role_noun(w, sp)))
            continue;
        // ("said the Frenchman", "sagte der Brite": a demonym noun, [demonym_words], says the same; so does a
        // woman's noun of origin or party in -in, "sagte die Zürcherin", "die Sozialdemokratin", not a role's)
        if (sp.nationality(w) || in_list(sp.lexs, "demonym_words", w) ||
            (!linked && feminine_person_noun(w, sp) && !role_noun(w, sp))) {
            nations.emplace(w);
        } else if (!linked && role_modifier(w, sp)) {
            continue;
        } else {
            roles.emplace(w);
            // ("der CDU-Politiker": a compound ending in a role noun)
            const bool role = role_noun(w, sp);
            has_role_word = has_role_word || role;
            head_role = head_role || (role && !linked);
            if (role && !linked && listed_noun(after_elided_prefix(w), "office_words", sp))
                offices.push_back(w);
            if (linked)
                linked_words.emplace(w);
        }
    }
    // "sagte der 58-Jährige", "the 58-year-old said", "ha detto il 58enne": an age stands for a person; with
    // no person to give it to, the age is all the text says of the speaker.
    std::optional<std::size_t> age;
    for (std::size_t k = first; k <= last && !age; ++k) {
        const std::string_view w = ws[k].low;
        // (not an adjective before its noun: "der 58-jährige Bürgermeister", "the 58-year-old mayor"; German
        // writes the noun with a capital: "Der 58-Jährige habe darin geschrieben")
        std::string_view raw = s.substr(ws[k].b, ws[k].e - ws[k].b);
        std::size_t hyphen = raw.find('-');
        bool noun = k == last || ws[k + 1].punct ||
                    (hyphen != std::string_view::npos && hyphen + 1 < raw.size() && raw[hyphen + 1] >= 'A' && raw[hyphen + 1] <= 'Z');
        if (ws[k].punct || w.empty() || !text::is_digit(static_cast<unsigned char>(w[0])) || !noun)
            continue;
        for (const Lexicon* lex : sp.lexs)
            for (const auto& end : entries_of(lex, "age_ending_words"))
                if (ends_after(w, end, 0))
                    age = k;
    }
    // "ha detto il primo cittadino": a phrase of [role_phrases] names a role by other words ("sindaco").
    for (const std::string_view f : phrase_forms(words, "role_phrases", sp)) {
        roles.emplace(f);
        has_role_word = head_role = true;
        if (listed_noun(f, "office_words", sp))
            offices.push_back(f);
    }
    const bool has_role_noun = has_role_word;
    // ("the former senator", "l'ancien procureur": an office no longer held, [former_words])
    const bool former = std::any_of(words.begin(), words.end(), [this](std::string_view w) {
        return in_list(sp.lexs, "former_words", w);
    });
    // ("the 46-year-old told" after "Darren Pickett, 46, drove": the one person given that age, quote_ages.cpp)
    const std::string_view age_given = age ? age_figure(ws[*age].low, sp) : std::string_view();
    if (int k = age_given.empty() ? -1 : age_holder(age_given, pos, sp); k >= 0) {
        sp.mentioned(pos, k);
        return sp.people[static_cast<std::size_t>(k)].name;
    }
    const char mention_gender = sp.gender_of(words);
    if (int k = mention_gender == 'f' && !age ? feminine_role_holder(words, pos, sp) : -1; k >= 0) {
        sp.mentioned(pos, k); // ("dijo la alcaldesa" after "el alcalde Ana Ruiz": quote_role_forms.cpp)
        return sp.people[static_cast<std::size_t>(k)].name;
    }
    if (int k = has_role_noun && !age ? kind_role_holder(words, mention_gender, pos, sp) : -1; k >= 0) {
        sp.mentioned(pos, k); // ("la magistrata" after "il procuratore Ada Neri": quote_role_forms.cpp)
        return sp.people[static_cast<std::size_t>(k)].name;
    }
    if (int k = has_role_noun || age ? -1 : trade_holder(words, pos, sp); k >= 0) {
        sp.mentioned(pos, k); // ("the farmer told" after "Farmer Tom Hale said")
        return sp.people[static_cast<std::size_t>(k)].name;
    }
    has_role_word = has_role_word || age.has_value();
    int best = -1;
    int best_score = 0;
    int fallback = -1, rivals = 0; // (the most recent compatible person, and the other people it could be)
    int rival_holders = 0;         // (the people known by a rival role, [rival_roles])
    int unnamed_nearer = 0;        // (compatible people the text does not name, met since the fallback)
    int personal_fallback = -1;    // (the most recent of them known to be a person)
    int other_office = -1, other_offices = 0; // (the one person known to hold another office, else compatible)
    // "a police spokesman said", "ein Polizeisprecher sagte", "un porte-parole a déclaré": an indefinite article
    // brings in someone not named before; only a person whose description the words match may be meant.
    const bool indefinite = !words.empty() && in_list(sp.lexs, "indefinite_words", words[0]);
    // "der Sprecher des Ministers", "a spokesman for the minister": the person the roles after the first one describe
    // is not the speaker, and nobody else is meant unless described so.
    const std::vector<std::string_view> owners = owner_roles(words, sp);
    // Without a role noun or a nationality ("der Staatsanwaltschaft Krefeld", "the IMF report"), the
    // words match other people's descriptions by chance: the mention names a body itself.
    bool describes_person = has_role_word || !nations.empty();
    // "Chinesische Politiker haben angekündigt": German names one person with an article or a possessive; a
    // bare plural of role nouns is a group.
    // ("a déclaré l'accusé": an article elided into the noun's word determines it as well)
    const bool determined = std::any_of(words.begin(), words.end(), [this](std::string_view w) {
        return has_tag(sp.lexs, WordTags::article, w) || has_tag(sp.lexs, WordTags::possessive, w) ||
               elided_article_word(w, sp.lexs);
    });
    if (sp.capitalised_nouns && !age && !determined)
        describes_person = false;
    // "l'Association des médecins d'urgence du Québec", "la Fédération des locataires de Laval", "l'Associazione dei
    // medici di Bari": where nouns are written in lower case, a capitalised noun of an organisation
    // ([organisation_words], [body_words]) heading the mention after its article, elided into it or not, with more
    // words after it, opens the body's own name: the mention names that body, not a person or a body named before that
    // shares a word of it (the place after "du", a role noun of its members).
    if (!sp.capitalised_nouns && describes_person && own_body_name(s, ws, first, last, sp))
        describes_person = false;
    // "American officials have argued", "responsables américains": elsewhere a role noun's plural in -s, with no
    // article, names a group too (not "the officials", whom the text may have named); so does a plural of another
    // ending, listed ([plural_role_words]: "– oświadczyli radni opozycji", "– dodali urzędnicy").
    auto plural_role = [this](std::string_view w) {
        return (w.size() > 4 && w.back() == 's' && role_noun(w.substr(0, w.size() - 1), sp)) ||
               in_list(sp.lexs, "plural_role_words", w);
    };
    if (!sp.capitalised_nouns && !age && !determined && std::any_of(words.begin(), words.end(), plural_role))
        describes_person = false;
    // "a déclaré le Tessinois", "explique le Breton", "said the Frenchman": a nationality or a region's demonym alone
    // after its article ([nationality_words], no other noun) stands for a person as a role noun does: with no one
    // described by it, the most recent compatible person, not a body named by its capitalised word.
    const bool lone_nation = determined && roles.empty() && !nations.empty();
    // "Connecticut's tax commissioner says", "the city's new police chief told": a role owned by a name in the
    // possessive brings in its holder; no one described otherwise is meant by it (the owner's possessive first).
    const bool owned_role = [&] {
        std::size_t o = !words.empty() && has_tag(sp.lexs, WordTags::article, words[0]) ? 1 : 0;
        return has_role_word && o + 1 < words.size() &&
               (ends_after(words[o], "'s", 1) || ends_after(words[o], "\xE2\x80\x99s", 1));
    }();
    // "le ministre des Affaires maritimes": the office's field, noted as a name, holds no office of its own.
    // ("according to the head of Planning": office_field reads the role before the link, one of [field_role_words]
    // or [head_role_words] even where the language's role nouns leave it out, "head")
    const std::size_t field = linked ? office_field_start(ws, first, last, sp) : 0;
    const std::string field_word = field != 0 ? span_text(s, ws, field, field) : std::string();
    // ("according to the head of Planning" after "The head of Planning, Oliver Pratt, …": a role of a field, even
    // one the language's role nouns leave out, describes a person)
    describes_person = describes_person || field != 0;
    // "le chef du DFAE" after "Son chef de groupe Thomas Aeschi", "le chef du gouvernement" after "Le chef de l'État":
    // the same role noun of another field is another role (role_fields).
    const std::vector<std::string_view> mention_fields =
        linked ? role_fields(words, sp) : std::vector<std::string_view>();
    // "sagte der FPÖ-Politiker", "die Grünen-Politikerin", "de PvdA-leider": a role noun after a capitalised prefix and
    // a hyphen is the role within a party or a body (party_role): it describes whom the party describes ("Karl
    // Hofbauer (FPÖ)", "Die Grünen-Fraktionschefin Lea Roth"), and not one described with the same role in another.
    std::vector<PartyRole> parties;
    for (std::size_t k = first; k <= last; ++k)
        if (!ws[k].punct && ws[k].upper && ws[k].has_hyphen())
            if (const PartyRole pr = party_role(ws[k].low, sp); !pr.party.empty())
                parties.push_back(pr);
    // "the rescue team leader", "the harbour board chairman": where nouns are written in lower case, lower-case words
    // before the last word of a role noun, with no link, none a role noun, say what the role is of, as "of the
    // rescue team" would (role_fields).
    std::vector<std::string_view> modifiers;
    if (!sp.capitalised_nouns && !linked && has_role_noun && words.size() >= 3 && role_noun(words.back(), sp))
        for (std::size_t i = 0; i + 1 < words.size(); ++i)
            if (roles.count(std::string(words[i])) != 0 && !role_noun(words[i], sp))
                modifiers.push_back(words[i]);
    // (what the description's roles are, read once for it and asked of each person below)
    const std::vector<std::string_view> office_words = office_bases(offices, sp);
    const std::vector<int> rival_own = has_role_noun ? rival_own_groups(roles, sp) : std::vector<int>();
    const std::vector<int> seen = sp.recent(pos);
    for (int k : seen) {
        if (!describes_person)
            break;
        const Person& p = sp.people[static_cast<std::size_t>(k)];
        if (field != 0 && p.name.starts_with(field_word) &&
            (p.name.size() == field_word.size() || p.name[field_word.size()] == ' '))
            continue;
        // (an age goes to a known person only: "Die Bochumer Polizei prüft den Brief. Der 58-Jährige habe ...")
        bool conflict = age && !has_role_noun && !p.personal && !unnamed(p);
        // ("the 46-year-old" after "Maureen Pickett, 71,": one given another age is someone else)
        conflict = conflict || (!age_given.empty() && !p.age.empty() && p.age != age_given);
        // "the spokeswoman" is not the man mentioned last, "le ministre" not the woman.
        conflict = conflict || (mention_gender != 'x' && p.gender != 'x' && p.gender != mention_gender);
        for (const auto& n : nations)
            conflict = conflict || (!p.nations.empty() && !matches(p.nations, n));
        conflict = conflict || (!owners.empty() && owner_described(p, words, owners, sp));
        // ("the minister said" after "the news agency Reuters reported": a role noun describes no medium nor body)
        conflict = conflict || (has_role_noun && !unnamed(p) && no_person(p, sp));
        // ("a dit le maire" after "Le PS, lui, demande": a name in capitals alone is a party's or a body's)
        conflict = conflict || (has_role_noun && acronym_name(p));
        // ("ha dichiarato il sindaco" after "la compagnia di Pisa" and "Il sindaco di Pisa": a town holds no role)
        conflict = conflict || (has_role_noun && p.place && !p.personal);
        conflict = conflict || std::any_of(parties.begin(), parties.end(),
                                           [&p](const PartyRole& pr) { return party_of(p, pr) < 0; });
        // ("der Sprecher" after "Sprecherin Lena Vogt", "die Politikerin" after "Politiker Jonas Roth": the role's
        // other gender, where the language marks it by an ending, is someone else)
        conflict = conflict || std::any_of(roles.begin(), roles.end(), [&p, this](const std::string& r) {
                       return std::any_of(p.roles.begin(), p.roles.end(),
                                          [&r, this](const std::string& x) { return gender_forms_apart(x, r, sp); });
                   });
        if (conflict)
            continue;
        // ("le conseiller d'Etat" after "Lucien Roy, président du parti": another office is someone else's)
        // (and "le procureur" after "son directeur, Jean Fabre": a role with its article, not one no longer held)
        if (holds_other_office(p, offices, office_words, determined && !former, sp)) {
            other_office = other_offices++ == 0 && role_known(p, sp) && !no_office_role(p, sp) ? k : -1;
            continue;
        }
        // (one known by a rival role of the scene is not meant, but still may be, for the fallback below, another
        // than the most recent person)
        if (has_role_noun && rival_role(p, rival_own, sp)) {
            ++rival_holders;
            continue;
        }
        int score = 0, linked_score = 0;
        bool role_matched = false;
        for (const PartyRole& pr : parties)
            if (party_of(p, pr) > 0) {
                score += 2;
                role_matched = true;
            }
        // "a spokesman for the council" after "Councillor Martin Hale", "ein Sprecher der Stadt" after "Stadtrat Klaus
        // Berger": a word of what the role is of that is no role noun describes a person through the words of their
        // description that are none either ("la referente de la AVDI" after "Ana Ruiz, de la AVDI"), not through a
        // role noun spelled alike.
        auto body_word_matches = [&](const std::string& r) {
            return std::any_of(p.roles.begin(), p.roles.end(),
                               [&](const std::string& x) { return same_word(x, r) && !role_noun(x, sp); });
        };
        // "die Ministerin" after "Finanzministerin Clara Holt": German writes a role and its field as one word.
        for (const auto& r : roles) {
            const bool role = role_noun(r, sp);
            const bool linked_body = !role && linked_words.count(r) != 0;
            const bool match = linked_body ? body_word_matches(r)
                                           : matches(p.roles, r) != 0 ||
                                                 (sp.capitalised_nouns && role && compound_matches(p.roles, r) != 0) ||
                                                 (role && synonym_matches(p.roles, r, sp.lexs) != 0);
            (linked_body ? linked_score : score) += 2 * static_cast<int>(match);
            role_matched = role_matched || (role && match);
        }
        if (role_matched && !mention_fields.empty() && other_field(p, mention_fields))
            continue;
        // "die Integrationsministerin" after "Bundesministerin Clara Holt": another compound of the office held
        // describes the holder as the same word would (asked of an office's description only).
        if (score == 0 && !offices.empty() && holds_same_office(p, office_words, sp))
            score = 2;
        // "a spokesman for the union" after "Ann Roe, of the union": a role brought in with an indefinite article is
        // someone new, unless described with that role itself.
        if (score > 0 || !head_role || !indefinite)
            score += linked_score;
        // (only the role they were brought in with stands for one not named: not "the French minister" after "a
        // French official")
        // ("« Q », a déclaré l'accusé. [...] « Q », a dit le quadragénaire": one met since the most recent named
        // person, compatible, makes that person no sure holder of a role neither was described with, even the last
        // speaker)
        if (unnamed(p) && score == 0) {
            unnamed_nearer += static_cast<int>(best < 0 && fallback < 0 && !indefinite);
            continue;
        }
        for (const auto& n : nations)
            score += static_cast<int>(matches(p.nations, n));
        if ((has_role_word || lone_nation) && score == 0) {
            if (best < 0 && !indefinite && owners.empty() && !owned_role) {
                if (fallback < 0)
                    fallback = k; // the most recent compatible person, unless a better match comes
                else if (p.personal || p.subject || role_known(p, sp))
                    ++rivals;
                if (personal_fallback < 0 && p.personal)
                    personal_fallback = k;
            }
            continue;
        }
        // A tie goes to a known person over a place or a building described with the same words (not over the last
        // speaker, a person too: "Più amaro il commento dell'allenatore ospite, Ugo Bassi: «Q». Il tecnico ha aggiunto").
        bool better_kind = score > 0 && score == best_score && best >= 0 && p.personal &&
                           !sp.people[static_cast<std::size_t>(best)].personal &&
                           !(last_speaker && *last_speaker == sp.people[static_cast<std::size_t>(best)].name);
        if (score > best_score || better_kind) {
            best = k;
            best_score = score;
        }
    }
    // "the nominee said" after "Ann Roe is demanding that Mayor Tom Vale ...": a role nobody was described with is
    // not that of the most recent person described with another role while someone else is compatible; it may be
    // the role of one whose role is not known ("a dit François Hollande. [...] a souligné le chef de l'Etat"), of
    // the only person it may describe ("la responsable" after a woman and a man), or of the last speaker ("lamentó la
    // presidenta de la Cámara, Ana Ruiz. La empresaria señaló que ...").
    // But only a person may hold the role: one known as a person (a title, a role noun, a cue or a pronoun made them
    // one), or the only name met as a sentence's subject ("Tom Vale opened the pier. [...] the union leader
    // said"), not the most recent of several names of unknown kind ("Vale Street stayed closed", "Die Blau-Gelb
    // Karte gilt"). And one named after the role was met with no name is not its holder ("The city's mayor presented
    // a plan. [...] said Peter Johns. [...] The mayor said"). The role is then someone the text does not name.
    // "Le conseiller d'Etat s'est dit « soulagé ». Il a annoncé": a role after its article that is no one named is
    // someone the text does not name, as one brought in with an indefinite article: the pronoun after it is theirs,
    // not the last man's named before.
    auto join_unnamed = [&] {
        if (head_role && determined && !indefinite && !age && owners.empty() && field == 0)
            add_unnamed(sp, pos, mention_gender, words);
    };
    // "Trainer Vincent Marchal haderte. Die Rote Karte sei hart gewesen, meinte der Belgier": a demonym alone stands
    // for a person known as one, not for the subject of the sentence before when that may be a thing ("Rote Karte").
    if (best < 0 && lone_nation && !has_role_noun && fallback >= 0 && personal_fallback >= 0 &&
        !sp.people[static_cast<std::size_t>(fallback)].personal)
        fallback = personal_fallback;
    // "«Q», sagte die Finanzministerin" after "Bundesrätin Eva Roth sprach", "», a déclaré la ministre de la
    // Justice" after "La conseillère fédérale Anne Roux a parlé": the office named in the cue after a quote is another
    // word for the office of the one person it may describe, the last one mentioned (the press varies the words it
    // names one person by); with anyone else compatible in view, someone else mentioned since ("«Q», si chiede Luca
    // Ferri. «Q», ha detto la presidente del Consiglio di Stato"), or as a sentence's own subject ("Le conseiller
    // d'Etat s'est dit"), it is someone else's, as above. (Not where that person's role is of a kind that holds no
    // office, no_office_role: "Die Aktivistin Eva Roth sprach. «Q», sagte die Finanzministerin".)
    if (best < 0 && fallback < 0 && other_offices == 1 && other_office >= 0 && other_office == seen.front() &&
        cue_subject_after_quote(ws, first))
        best = other_office;
    if (best < 0 && fallback >= 0) {
        const Person& p = sp.people[static_cast<std::size_t>(fallback)];
        std::vector<std::string_view> role_nouns;
        for (const auto& r : roles)
            if (role_noun(r, sp))
                role_nouns.emplace_back(r);
        const bool may = (!has_role_noun || rivals + rival_holders == 0 || (rival_holders == 0 && !role_known(p, sp)) ||
                          (last_speaker && *last_speaker == p.name)) &&
                         unnamed_nearer == 0;
        // ("said Pieter Roe, its legal correspondent. [...] the Springbok coach has named [...] the coach told the
        // paper": a role met with no name since a person of another role was last mentioned is that nobody's; one of
        // no known role may still hold it, "a dit François Hollande. [...] le chef de l'Etat")
        bool holder = !has_role_noun || ((p.personal || (p.subject && rivals == 0)) &&
                                         !sp.role_met_before(role_nouns, fallback, mention_fields) &&
                                         !(role_known(p, sp) &&
                                           sp.role_met_since_mention(role_nouns, fallback, pos, mention_fields)));
        // ("Selon Paul Roux, [...] Le ministre du Travail affirme", "La ministre de la Culture a annoncé" after a
        // writer named with no role: a role with the field of its office, `field`, is an office the text gave no
        // one named before; its holder is someone it does not name)
        if (field != 0 && !role_known(p, sp))
            return std::nullopt;
        // ("«Q», a expliqué le chef des secours" after "Le maire de Saint-Aurel, Bernard Lachaud, a donné l'alerte",
        // "said the rescue team leader" after "The mayor of Kilbrae, Graham Innes": a role of what the mention says it
        // is of, "des secours", "rescue team", is not the role of one known by another role of another field)
        if (holder && role_known(p, sp) && other_field(p, mention_fields.empty() ? modifiers : mention_fields))
            holder = false;
        if (holder && has_role_noun && named_after(ws, last, p))
            holder = false;
        // ("«Q», sagte der Stadtpräsident" after "Moderator Jonas Brunner eröffnete den Abend": an office is not the
        // role of one known by a role of a kind that holds none)
        if (holder && !offices.empty() && no_office_role(p, sp))
            holder = false;
        // ("a promis la porte-parole de Greenpeace" after "« Q », a dit Marie de Rosen", "sagte die Sprecherin von
        // Greenpeace", "said the spokeswoman for Greenpeace": a spokesperson of a body named after its link is one the
        // page tied to that body (who scored above), not the last person named)
        if (holder && has_role_noun && offices.empty() && linked_name(ws, first, last, sp))
            holder = false;
        if (may && holder) {
            best = fallback;
        } else if (may && !age) {
            join_unnamed();
            return std::nullopt;
        }
    }
    if (best >= 0 && unnamed(sp.people[static_cast<std::size_t>(best)])) {
        sp.mentioned(pos, best);
        return std::nullopt; // ("the spokesman" after "a spokesman for the agency said")
    }
    // ("un ingénieur du service a reconnu", "a nurse on the ward said": a trade brought in so is someone too)
    if (best < 0 && indefinite && (has_role_noun || (words.size() >= 2 && trade_noun(words[1], sp))))
        add_unnamed(sp, pos, mention_gender, words);
    if (best >= 0) {
        if (mention_gender != 'x' && sp.people[static_cast<std::size_t>(best)].gender == 'x')
            sp.people[static_cast<std::size_t>(best)].gender = mention_gender;
        sp.describe(best, words);
        sp.mentioned(pos, best);
        return sp.people[static_cast<std::size_t>(best)].name;
    }
    if (best < 0)
        join_unnamed();
    if (age)
        return span_text(s, ws, *age, *age);
    if (!owners.empty())
        return std::nullopt; // (a person's role, no body's name: "der Sprecher des Ministers")
    // ("a déclaré le Tessinois" with no one named: a demonym names a person the text does not name, no body)
    if (lone_nation)
        return std::nullopt;
    // An organisation named by a capitalised noun phrase ("The New York Post", "Die Polizei" stays null).
    // But "sagte ein Sprecher des Ministeriums", "erklärte die Ministerin", "Der Staatsanwalt sagte": German
    // capitalises a role noun too, and a role noun after an article describes someone (nobody the text named with it):
    // no speaker (a bare plural, "Chinesische Politiker", names a group).
    // ("a indiqué l'OMS", "selon l’Union syndicale suisse": a name after an article elided into its first word)
    for (std::size_t k = first; k <= last; ++k)
        if (const std::size_t cut = k == first ? elided_article_before_name(s, ws, k, sp) : 0;
            !ws[k].punct && (ws[k].upper || cut != 0) && !sp.stopword(ws[k].low) && (k > first || cut != 0)) {
            // "Henry V told reporters", "Sputnik V said": one capital letter after a capitalised word is the numeral
            // or the letter of the name before it (which names_into left out), and names no one alone.
            if (cut == 0 && text::length_cp(ws[k].low) == 1 && !ws[k - 1].punct && ws[k - 1].upper)
                return std::nullopt;
            // "teilten beide Seiten mit", "Three Democrats said": a number or a quantifier before the capitalised
            // words counts many people or things, no body named by them.
            if (cut == 0 && !ws[k - 1].punct && counted_word(ws[k - 1].low, sp))
                return std::nullopt;
            // "Am Ende rief die Menge „Zugabe“", "Zum Schluss rief der Moderator": where nouns are capitalised, a
            // preposition holding an article ([contracted_preposition_words]) before the noun makes an adverbial
            // phrase opening the sentence (German puts the subject after the verb), no body ("beim ZDF": an acronym is)
            if (sp.capitalised_nouns && k == first + 1 && !ws[k].acronym &&
                in_list(sp.lexs, "contracted_preposition_words", ws[first].low))
                return std::nullopt;
            // ("Der Imker sagte": nor does a trade, [trade_words]; "sagt der Mann": nor a noun naming anyone)
            if (sp.capitalised_nouns && determined)
                for (std::size_t j = k; j <= last; ++j)
                    if (!ws[j].punct &&
                        (role_noun(ws[j].low, sp) || trade_noun(ws[j].low, sp) || anyone_noun(ws[j].low, sp)))
                        return std::nullopt;
            // "einem Bericht der Handelskammer", "einer Studie der Zeitung The Harbour Post": German puts the author of
            // a text in the genitive after the text's noun, and the author speaks; the title noun of a medium ("der
            // Zeitung") opens its name, and alone names no one.
            if (sp.capitalised_nouns && determined)
                if (auto author = genitive_author(ws, k, last, sp)) {
                    std::size_t o = author->first;
                    while (o < last && title_noun(ws[o].low, sp))
                        ++o;
                    if (o == last && (title_noun(ws[o].low, sp) || listed_noun(ws[o].low, "medium_words", sp) ||
                                      report_noun(ws[o].low, true, sp)))
                        return std::nullopt;
                    return o == last ? genitive_base(span_text(s, ws, o, o), ws[o].low, sp)
                                     : span_text(s, ws, o, last);
                }
            // "einem im März veröffentlichten Bericht", "einer aktuellen Studie": after an article, a lower-case
            // adjective before a capitalised noun makes a thing described, whose noun and the nouns of the
            // adjective's complement name no one (but an age, "die 27-jährige Lena", may stand before a given name,
            // and so may any adjective before a person known by that word).
            if (sp.capitalised_nouns && determined)
                for (std::size_t j = first + 1; j < last; ++j)
                    if (!ws[j].punct && !ws[j].upper && ws[j + 1].upper && adjective_like(ws[j].low) &&
                        !sp.stopword(ws[j].low) && !text::is_digit(static_cast<unsigned char>(ws[j].low[0])) &&
                        sp.find_person_lowered(ws[j + 1].low) < 0)
                        return std::nullopt;
            // "ha dicho el fiscal Antidroga", "ha detto il pm Antimafia": one capitalised word right after a role
            // names the field of its office (office_field_word), no body (the holder is someone the text does not name)
            if (cut == 0 && k == last && !ws[k - 1].punct && role_noun(ws[k - 1].low, sp) &&
                office_field_word(ws[k].low, false, sp))
                return std::nullopt;
            // "le ministre des Affaires maritimes", "the Secretary of Transport": the capitalised words are the field
            // of the office before them, no organisation (the office holder is someone the text does not name).
            // ("said the Secretary": a role noun alone after its article describes a person too)
            if (field != 0 || (k == last && determined && role_noun(ws[k].low, sp)))
                return std::nullopt;
            // "Ein Kollege aus dem Radclub meinte", "Eine Nachbarin aus dem Dorf sagte": German's capitalised noun
            // right after an indefinite article is someone the text does not name, whatever the noun, no body.
            if (sp.capitalised_nouns && indefinite && k == first + 1)
                return std::nullopt;
            // "the Republican nominee", "the White House press secretary": a role noun after the capitalised words
            // names someone, not the organisation they name.
            for (std::size_t j = k + 1; j <= last; ++j)
                if (!ws[j].punct && !ws[j].upper && role_noun(ws[j].low, sp))
                    return std::nullopt;
            // "according to a media report published Monday", "selon un rapport publié Lundi": a day or a month (a
            // number beside it) after the words of a text says when it came out, and names no one.
            std::vector<std::string_view> tail;
            for (std::size_t j = k; j <= last; ++j)
                if (!ws[j].punct)
                    tail.push_back(ws[j].low);
            if (dates_or_figures(tail, sp))
                return std::nullopt;
            // "Die Gewerkschaft Verdex lehnte ab", "sagte der Verband Nordlicht": where nouns are capitalised, the noun
            // of a group ([group_anaphor_words]) before the body's own capitalised name is none of it, as the
            // lower-case "the union Seacrew" is not (the name says who speaks, as the corpus's speakers do).
            if (sp.capitalised_nouns && k < last && !ws[k + 1].punct && ws[k + 1].upper &&
                in_list(sp.lexs, "group_anaphor_words", ws[k].low))
                ++k;
            // "le ministère de la Culture", "el ministerio de Vivienda", "la mairie de Lyon": a body's noun in lower
            // case (one named by the place it governs too: [place_body_words]) and the word linking it to what it is
            // of open the body's name; so does a capitalised one opening the mention ("Laut Amt für Wald ist ...").
            std::size_t o = k;
            while (o > first + 2 && !ws[o - 1].punct && !ws[o - 1].upper && has_tag(sp.lexs, WordTags::article, ws[o - 1].low))
                --o;
            if (o >= first + 2 && !ws[o - 1].punct && !ws[o - 2].punct && (!ws[o - 2].upper || o - 2 == first) &&
                in_list(sp.lexs, "body_link_words", ws[o - 1].low) &&
                (in_list(sp.lexs, "body_words", ws[o - 2].low) || in_list(sp.lexs, "place_body_words", ws[o - 2].low)))
                k = o - 2 > first ? with_body_kind(ws, o - 2, sp) : o - 2;
            // ("le conseil municipal de Rimouski", "il consiglio comunale di Lugano": an adjective after the noun)
            else if (const std::size_t b = lower_body_before(ws, o, sp); b > first)
                k = b;
            if (cut != 0 && k == first) // ("OMS", "Union syndicale suisse": the name without its article)
                return text::collapse(s.substr(ws[k].b + cut, ws[last].e - ws[k].b - cut));
            return span_text(s, ws, k, last);
        }
    return std::nullopt;
}

} // namespace archive::quoting

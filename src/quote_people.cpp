// The resolution of a mention to one of the people of an article (Extractor::resolve): a relative word's antecedent,
// a name inside the mention, a pronoun, a bare surname or body (a description by role nouns, a nationality or an age
// is quote_descriptions.cpp); and the quotes added with their speaker (Extractor::add). The nouns and names of a
// sentence are quote_nouns.cpp, the mention around a cue quote_mentions.cpp and quote_mention_before.cpp, the book of
// people quote_speakers.cpp.
#include "quote_body_names.hpp"
#include "quote_first_person.hpp"
#include "quote_lone_names.hpp"
#include "quote_obituaries.hpp"
#include "quote_plural_verbs.hpp"
#include "quote_publications.hpp"
#include "quote_trades.hpp"
#include "quotes_parts.hpp"

#include "page.hpp"
#include "text.hpp"

#include <algorithm>
#include <span>
#include <string_view>
#include <vector>

namespace archive::quoting {

namespace {

// The lower-case name `low` holds the word w whole ("union" in "harbour union", not in "unions").
bool word_in_name(std::string_view low, std::string_view w) {
    for (std::size_t at = low.find(w); at != std::string_view::npos; at = low.find(w, at + 1))
        if ((at == 0 || low[at - 1] == ' ') && (at + w.size() == low.size() || low[at + w.size()] == ' '))
            return true;
    return false;
}

// "a spokesman for Gov. Ann Roe", "ein Sprecher von Bürgermeisterin Anna Roth", "un porte-parole du maire Paul Roux":
// an article, a role noun, a complement word, then the name n after a title or a role noun (capitalised words of a
// body before them), in one comma-set part of
// the mention: the one speaking works for that person and is not named there.
bool works_for(const std::vector<Word>& sub, const NameSpan& n, const Speakers& sp) {
    std::size_t i = n.first;
    while (i > 0 && sub[i - 1].low != ",")
        --i;
    if (!sub[i].punct &&
        (has_tag(sp.lexs, WordTags::article, sub[i].low) || in_list(sp.lexs, "indefinite_words", sub[i].low)))
        ++i;
    if (i + 2 > n.first || sub[i].punct || sub[i + 1].punct || !role_noun(sub[i].low, sp) ||
        !has_tag(sp.lexs, WordTags::complement, sub[i + 1].low))
        return false;
    auto role_or_title = [&](std::size_t j) {
        return !sub[j].punct && (role_noun(sub[j].low, sp) || person_title(sp.lexs, sub[j].low) != 0);
    };
    // (a body's capitalised words may open the title: "a spokesperson for House Speaker Dana Morrow", "un
    // porte-parole du Premier ministre Paul Roux")
    for (std::size_t j = i + 2; j < n.first; ++j)
        if (!role_or_title(j) && (sub[j].punct || (!has_tag(sp.lexs, WordTags::article, sub[j].low) && !sub[j].upper)))
            return false;
    return n.first > i + 2 && role_or_title(n.first - 1);
}

// "officials", "prosecutors": the plural in -s of a role noun.
bool role_plural(std::string_view w, const Speakers& sp) {
    return w.size() > 4 && w.back() == 's' && role_noun(w.substr(0, w.size() - 1), sp);
}

// `w` is a role noun or its plural in -s ("spokesman", "officials").
bool role_or_plural(std::string_view w, const Speakers& sp) {
    return role_noun(w, sp) || role_plural(w, sp);
}

// "Others", "Kritiker", "Altri", "Certains": a group word ([group_subject_words]) that, standing alone as a cue's
// subject, names nobody who spoke; `low` lower-case.
bool group_subject(std::string_view low, const Speakers& sp) {
    return in_list(sp.lexs, "group_subject_words", low);
}

// "Prosecutors", "Officials": a name of one word that is the plural in -s of a role noun names a group.
bool plural_role_name(const Person& p, const Speakers& sp) {
    return p.low.find(' ') == std::string::npos && role_plural(p.low, sp);
}

// "Vale administration officials said", "the Roe campaign spokesman said": a name before lower-case nouns that end
// the mention with a role noun (or its plural in -s) modifies them; the one speaking holds the role, not that person.
bool modifies_role(const std::vector<Word>& sub, const NameSpan& n, const Speakers& sp) {
    if (n.last + 1 >= sub.size())
        return false;
    for (std::size_t j = n.last + 1; j < sub.size(); ++j)
        if (sub[j].punct || sub[j].upper || sp.stopword(sub[j].low))
            return false;
    return role_or_plural(sub.back().low, sp);
}

// "la déléguée aux sports Anne Roux", "la déléguée à la culture Anne Roux": the preposition at `p` links the role
// noun right before it to its field ([role_field_words]), the field's words (an article perhaps first) running to the
// name that starts at `name` and ends mention `sub`: the name is the role's holder in apposition, no word the
// preposition governs. ("la ministre aux Sports Anne Roux": the field may be written with a capital, its words then
// told from the name's by the name reader.) (Not the one told: "à la collègue Anne Roux", "aux avocats Paul Roux"
// name a person, [acquaintance_words] or a role's plural, after the preposition; nor a body's name after an elided
// article, "professeur à l'Université Catholique de Lille", its first word read in lower case.)
bool field_then_holder(const std::vector<Word>& sub, std::size_t p, const NameSpan& name, const Speakers& sp) {
    if (p == 0 || name.first < p + 2 || name.last + 1 != sub.size() || name.last == name.first || sub[p - 1].punct ||
        sub[p - 1].upper)
        return false;
    // ("el experto en movilidad Andrés Quiroga", "o especialista em mobilidade Paulo Neves": an expert's noun and its
    // own link to the field, [expertise_links], quote_trades.hpp)
    if (!expertise_link(sub[p - 1].low, sub[p].low, sp) &&
        (!role_noun(after_elision(sub[p - 1].low), sp) || !in_list(sp.lexs, "role_field_words", sub[p].low)))
        return false;
    for (std::size_t j = p + 1; j < name.first; ++j)
        if (sub[j].punct || (sub[j].upper && sp.stopword(sub[j].low)) || (j > p + 1 && sp.stopword(sub[j].low)) ||
            after_elision(sub[j].low).size() != sub[j].low.size())
            return false;
    const std::string_view field = sub[name.first - 1].low;
    if (sp.stopword(field) || in_list(sp.lexs, "acquaintance_words", field) || role_or_plural(field, sp))
        return false;
    return true;
}

// "County road foreman Mara Voss", "Union steward Ola Brenn": a name of one word `first` opening mention `sub` where
// nouns are in lower case, one to three lower-case words after it that are no small word of the language (no article,
// preposition or verb's helper), then `name`, of two capitalised words or more, ending the mention.
// "IG Metall board member Juergen Kerner", "Harbour Union shop steward Ola Brenn": the body opening the mention may
// have two words or three, its name read as one run.
bool modifier_before_name(const std::vector<Word>& sub, const NameSpan& first, const NameSpan& name, const Speakers& sp) {
    if (sp.capitalised_nouns || first.first != 0 || first.last > 2 || name.last + 1 != sub.size() ||
        name.last == name.first || name.first < first.last + 2 || name.first > first.last + 4)
        return false;
    // ("Claire Moreau d'Institut Universitaire Breton": an article or a preposition elided into a word is a small word;
    // so is one of more letters, "Jonas Erlbacher dell'associazione Soccorso Atlante", whose name the body's follows)
    for (std::size_t j = first.last + 1; j < name.first; ++j)
        if (sub[j].punct || sub[j].upper || sp.stopword(sub[j].low) ||
            after_elided_prefix(sub[j].low).size() != sub[j].low.size())
            return false;
    return true;
}

// The number of words of the head of mention `sub` before a preposition of the one told or of a place
// ([outside_preposition_words], [place_preposition_words]; "il tecnico ai microfoni di Rai Sport", "commuters on the
// Bannerghatta Road"): its first word an article, a lower-case word or one capitalised word opening it, the others
// (three at most) in lower case (German capitalises its nouns), no preposition among them; 0 when the mention is no
// such phrase.
std::size_t outside_head(const std::vector<Word>& sub, const Speakers& sp) {
    std::size_t j = 0;
    if (sub.empty() || sub[0].punct || has_tag(sp.lexs, WordTags::preposition, sub[0].low))
        return 0;
    for (j = 1; j < sub.size() && j < 4 && !sub[j].punct && (!sub[j].upper || sp.capitalised_nouns); ++j)
        if (has_tag(sp.lexs, WordTags::preposition, sub[j].low) || in_list(sp.lexs, "place_preposition_words", sub[j].low) ||
            in_list(sp.lexs, "outside_preposition_words", sub[j].low) ||
            in_list(sp.lexs, "workplace_preposition_words", sub[j].low))
            break;
    // ("Angry shopkeepers at the Central Market", "les clients chez Marée Fraîche": a preposition of where one works
    // or stays, [workplace_preposition_words], after a noun that is no role of a body, nor its plural: "Officials at
    // Harbour Security said" speak for the body)
    if (j < 2 || j + 1 >= sub.size() || sub[j].punct || sub[j].upper ||
        (!in_list(sp.lexs, "outside_preposition_words", sub[j].low) &&
         !in_list(sp.lexs, "place_preposition_words", sub[j].low) &&
         !(in_list(sp.lexs, "workplace_preposition_words", sub[j].low) && !role_or_plural(sub[j - 1].low, sp))))
        return 0;
    // (the head names a person by a noun, no stop word; "A document on the campaign's website states": a document
    // speaks for its author, whom the words after it may name)
    return sp.stopword(sub[j - 1].low) || report_noun(sub[j - 1].low, sub[j - 1].upper, sp) ? 0 : j;
}

// "Chief Minister's office sources", "Hale's campaign aides", "the Governor's office staff": the word at `owner`, a
// capitalised word in the possessive, is followed by lower-case words only to the end of the mention, a plural in -s
// last or a body's noun ([body_words]: an office) among them: people of the owner's, who are not the owner. (But "Ann
// Roe's brief said": a document speaks its owner's words; "Roe's lawyer said" is modifies_role's.)
bool owned_people(const std::vector<Word>& sub, std::size_t owner, const Speakers& sp) {
    const std::string_view w = sub[owner].low;
    if (sub[owner].punct || !sub[owner].upper || owner + 1 >= sub.size() ||
        !(ends_after(w, "'s", 1) || ends_after(w, "\xE2\x80\x99s", 1)))
        return false;
    bool office = false;
    for (std::size_t j = owner + 1; j < sub.size(); ++j) {
        if (sub[j].punct || sub[j].upper)
            return false;
        office = office || in_list(sp.lexs, "body_words", sub[j].low);
    }
    const std::string_view last = sub.back().low;
    return office || (last.size() > 3 && last.back() == 's' && !last.ends_with("ss"));
}

// "the United States economy", "New York", "les États-Unis", "die Vereinigten Staaten": a name of several words that
// opens with a word opening places' names only (common [place_opening_words]) or holds a word of a place's kind
// ([place_name_words]: states, kingdom, republic, county), not known as a person's: a place, which no pronoun stands
// for ("he said" after "to transform the United States economy" is the man named before).
bool place_name(const Person& p, const Speakers& sp) {
    const std::string_view low = p.low;
    if (p.personal || low.find(' ') == std::string_view::npos)
        return false;
    static const LexiconSection* openers = common_lexicon().section("place_opening_words"); // (looked up once)
    if (openers != nullptr && openers->has(low.substr(0, low.find(' '))))
        return true;
    for (std::string_view w : text::split_ws(low))
        if (in_list(sp.lexs, "place_name_words", w))
            return true;
    return false;
}

// "Unabhängige Wähler | 342 | 5,9 %", "Freie Bürger": where nouns are capitalised, a name of two words, an inflected
// adjective ("unabhängige", "freien") and a plural noun of a group of people ([group_words]), not known as a person's,
// is a group (a list's or a party's name), which no "er" or "sie" stands for.
bool group_pair(const Person& p, const Speakers& sp) {
    if (!sp.capitalised_nouns || p.personal)
        return false;
    const std::size_t space = p.low.find(' ');
    if (space == std::string::npos || p.low.find(' ', space + 1) != std::string::npos)
        return false;
    const std::string_view low = p.low;
    return Extractor::adjective_like(low.substr(0, space)) && listed_noun(low.substr(space + 1), "group_words", sp);
}

// "sein Sprecher", "his spokesman", "Müllers Sprecher", "Miller's spokeswoman": the mention's first word owns the
// noun after it, a possessive determiner or a name in the genitive (the German one of a surname the page named).
bool owner_before(const std::vector<Word>& ws, std::size_t first, const Speakers& sp) {
    const Word& w = ws[first];
    if (w.punct)
        return false;
    if (in_list(sp.lexs, "possessive_determiner_words", w.low) || owner_apostrophe(ws, first + 1) ||
        ends_after(w.low, "'s", 1) || ends_after(w.low, "\xE2\x80\x99s", 1))
        return true;
    return sp.capitalised_nouns && w.upper && w.low.size() > 2 && w.low.back() == 's' &&
           sp.find_by_last_name(w.low.substr(0, w.low.size() - 1)) >= 0;
}

// "Marta Conti nell'Istituto Tecnico Superiore", "Claire Moreau d'Institut Universitaire Breton": the capitalised word
// sub[r] comes right after a lower-case word elided before a capital ("nell'Istituto", "d'Institut", "l’Université":
// an article or a preposition of four bytes at most before its apostrophe, after_elided_prefix()), which opens a
// body's or a place's name: a word of that name (a role noun spelled so, "Tecnico", gives no role to the capitalised
// words after it).
bool inside_elided_name(std::string_view s, const std::vector<Word>& sub, std::size_t r) {
    if (r == 0 || sub[r].punct || !sub[r].upper)
        return false;
    const Word& w = sub[r - 1];
    if (w.punct || w.upper)
        return false;
    const std::string_view raw = s.substr(w.b, w.e - w.b);
    const std::string_view name = after_elided_prefix(raw);
    return name.size() < raw.size() && !name.empty() && !elided_article(raw);
}

// "L'OFSP a précisé", "L'ISS ha precisato": the bytes of an article ([articles]: "l") elided before an acronym that
// opens a name, no part of the body's name ("La AEMPS" is read without its article too), else 0. ("L'Oréal" keeps
// its apostrophe: a name's own.)
std::size_t article_before_acronym(std::string_view s, const Word& w, const Speakers& sp) {
    if (w.punct || !w.upper)
        return 0;
    const std::string_view raw = s.substr(w.b, w.e - w.b);
    const std::size_t cut = raw.size() - after_elision(raw).size();
    if (cut == 0 || raw.size() - cut < 2 || !has_tag(sp.lexs, WordTags::article, w.low.substr(0, 1)))
        return 0;
    for (std::size_t i = cut; i < raw.size(); ++i)
        if (raw[i] < 'A' || raw[i] > 'Z')
            return 0;
    return cut;
}

// Person p is someone's relative the text does not name: an unnamed person described by a noun of [kin_words].
bool kin_of(const Person& p, const Speakers& sp) {
    return std::any_of(p.roles.begin(), p.roles.end(),
                       [&sp](const std::string& r) { return sp.kin_word(r); });
}

// Whether the words are the name of someone known to be a person (not a place a body is of).
bool known_person(std::string_view name, const Speakers& sp) {
    const int k = sp.find_person(name);
    return k >= 0 && sp.people[static_cast<std::size_t>(k)].personal;
}

// "Fuentes del Ayuntamiento señalaron", "Des sources proches du dossier ont indiqué", "fonti del Viminale fanno
// sapere", "Sources familiar with the talks said": an unnamed source's noun ([anonymous_source_words]) heading the
// mention (after an article, an indefinite word or a plural one, [anonymous_source_lead_words], at most), a lower-case
// word or the mention's end after it, names nobody who spoke: neither the body or place that follows it nor a person
// named before. ("Fuentes dijo" after "Ana Fuentes" is her surname; "Fuentes Ruiz" a name.)
bool anonymous_source(std::string_view s, const std::vector<Word>& ws, std::size_t first, std::size_t last,
                      const Speakers& sp) {
    std::size_t h = first;
    if (h < last && !ws[h].punct &&
        (has_tag(sp.lexs, WordTags::article, ws[h].low) || in_list(sp.lexs, "indefinite_words", ws[h].low) ||
         in_list(sp.lexs, "anonymous_source_lead_words", ws[h].low)))
        ++h;
    if (ws[h].punct || ws[h].low.size() < 4 || !in_list(sp.lexs, "anonymous_source_words", ws[h].low))
        return false;
    if (h < last && !ws[h + 1].punct && ws[h + 1].upper)
        return false;
    return !ws[h].upper || !known_person(span_text(s, ws, h, h), sp);
}

// "Generalsekretär Martin Huber lehnt das ab.", "Le secrétaire général Martin Huber s'y oppose.": the name at byte
// `at` of unit text `s` opens its sentence after a few words describing it: a role noun among them, the first one an
// article or that role noun ("He praised Governor Paul Hale" opens with a pronoun, "Trump said praise from Russian
// President Vladimir Putin" with the subject of another verb).
bool opens_sentence_with_role(std::string_view s, std::size_t at, const Speakers& sp) {
    const int most_words = 4;
    bool role = false;
    std::string low;
    for (int words = 0; words <= most_words; ++words) {
        std::size_t j = at;
        while (j > 0 && s[j - 1] == ' ')
            --j;
        if (j == 0 || s[j - 1] == '.' || s[j - 1] == '!' || s[j - 1] == '?')
            return role && words > 0 && (role_noun(low, sp) || has_tag(sp.lexs, WordTags::article, low));
        std::size_t k = j;
        while (k > 0 && s[k - 1] != ' ')
            --k;
        low = text::lower(s.substr(k, j - k));
        role = role || role_noun(low, sp);
        at = k;
    }
    return false;
}

// "Tom Vale said ... A council spokesperson said the work would start in spring. “Q,” they said.": the nearest one a
// plural pronoun ("they", "ils") may stand for is someone the text does not name (add_unnamed: "a spokesperson for
// the council"), English's singular "they" or the group they speak for; a named person mentioned before them is not
// who speaks. That unnamed person's index, else -1 (the nearest is named: the pronoun's reading goes on as before).
int unnamed_plural_antecedent(const Speakers& sp, std::size_t pos) {
    for (int k : sp.recent(pos, true)) {
        const Person& p = sp.people[static_cast<std::size_t>(k)];
        if (unnamed(p))
            return k;
        // (a place is no one's antecedent: read past it, as the pronoun's reading does)
        if (!(p.place && !p.subject && !p.personal) && !place_name(p, sp))
            return -1;
    }
    return -1;
}

// "A spokesperson for the port declined to give a date. “Q,” they added.", "Residents of the quay welcomed the vote.
// “Q,” they said.": a sentence of the unit `unit` (before its first quote mark, which the pronoun's cue follows) whose
// subject is someone the text does not name, an indefinite word ([indefinite_words]: "a", "des") and a role or a
// trade noun (or their plural) within a few words, or a group (a role or trade noun's plural in -s, a word of
// [group_subject_words]). The offset of the last such sentence in `unit`, else npos.
std::size_t unnamed_subject_sentence(std::string_view unit, const Speakers& sp) {
    const std::size_t most_words = 5;
    std::size_t found = std::string_view::npos;
    std::size_t b = 0;
    while (b < unit.size()) {
        std::size_t e = b;
        // (the sentence's end: a stop and a space, or the first quote mark, or the unit's end)
        bool mark = false;
        while (e < unit.size() && !(std::string_view(".!?").find(unit[e]) != std::string_view::npos &&
                                    (e + 1 == unit.size() || unit[e + 1] == ' '))) {
            const std::string_view rest = unit.substr(e);
            if (rest.starts_with("\"") || rest.starts_with("\xE2\x80\x9C") || rest.starts_with("\xC2\xAB") ||
                rest.starts_with("\xE2\x80\x9E")) {
                mark = true;
                break;
            }
            ++e;
        }
        const std::vector<std::string_view> words = text::split_ws(unit.substr(b, e - b), most_words + 1);
        std::vector<std::string> low;
        for (std::string_view w : words) {
            while (!w.empty() && (w.back() == ',' || w.back() == ';' || w.back() == ':'))
                w.remove_suffix(1);
            low.push_back(text::lower(w));
        }
        auto plural = [&sp](std::string_view w) {
            const std::string_view stem =
                w.size() > 4 && w.back() == 's' ? w.substr(0, w.size() - 1) : std::string_view{};
            return group_subject(w, sp) || (!stem.empty() && (role_noun(stem, sp) || trade_noun(stem, sp)));
        };
        bool subject = false;
        if (!low.empty() && in_list(sp.lexs, "indefinite_words", low[0])) {
            for (std::size_t j = 1; j < low.size() && !subject; ++j) {
                subject = role_noun(low[j], sp) || trade_noun(low[j], sp) || plural(low[j]);
                if (!subject && sp.stopword(low[j]) && !has_tag(sp.lexs, WordTags::preposition, low[j]))
                    break;
            }
        } else if (!low.empty()) {
            // ("Residents", "The residents", "Local shop owners": the plural among the first three words, a small
            // word or an adjective before it)
            for (std::size_t j = 0; j < low.size() && j < 3 && !subject; ++j)
                subject = plural(low[j]);
        }
        if (subject)
            found = b;
        if (mark)
            break;
        b = e + 1;
        while (b < unit.size() && unit[b] == ' ')
            ++b;
    }
    return found;
}

// The unit `unit` read from reading position `base` holds, before the pronoun at reading position `pos`, a sentence
// whose subject is someone unnamed or a group (unnamed_subject_sentence), and no named person was mentioned since it
// opened: a plural pronoun there stands for them.
bool unnamed_subject_nearer(std::string_view unit, std::size_t base, std::size_t pos, const Speakers& sp) {
    if (pos < base || pos - base > unit.size())
        return false;
    const std::size_t at = unnamed_subject_sentence(unit.substr(0, pos - base), sp);
    if (at == std::string_view::npos)
        return false;
    return std::none_of(sp.events.begin(), sp.events.end(), [&](const std::pair<std::size_t, int>& e) {
        return e.first >= base + at && e.first < pos && !unnamed(sp.people[static_cast<std::size_t>(e.second)]);
    });
}

// "Aliados dizem que ...", "Moradores afirmam que ...", "Alleati dicono che ...": one capitalised word opening a
// sentence, with a plural noun's ending ([plural_noun_ending_words]), right before a cue in the plural
// ([plural_verb_endings]) is a common noun capitalised by its place: a group, no one's name (a name the page gave a
// person, "Matos dizem", is still read as theirs; "Marcos diz", a verb in the singular, is a name). "Allies say ...",
// "Sceptics warn ...": where the present's plural is the verb's bare form ([plural_present_cue_words]), that form is
// the plural cue ("Jones says": the singular; "Jones said": no number, a name).
bool plural_noun_subject(const std::vector<Word>& ws, std::size_t w, const Speakers& sp) {
    if (w + 1 >= ws.size() || ws[w].punct || !ws[w].upper || ws[w + 1].punct || (w > 0 && !ws[w - 1].punct) ||
        !(plural_verb(ws[w + 1].low, sp.lexs) || in_list(sp.lexs, "plural_present_cue_words", ws[w + 1].low)))
        return false;
    bool plural_noun = false;
    for (const Lexicon* lex : sp.lexs)
        for (const auto& end : entries_of(lex, "plural_noun_ending_words"))
            plural_noun = plural_noun || ends_after(ws[w].low, end, 3);
    return plural_noun && sp.find_person_lowered(ws[w].low) < 0 && sp.find_by_last_name(ws[w].low) < 0;
}

} // namespace

// "his uncle said" after "His uncle, Carl Harlow, ..." is Carl Harlow: the most recent person named who was described
// with the relative's noun ws[last]. Otherwise the relative is someone the text does not name: they join the book
// with no name, as one who spoke (a pronoun after the quote may stand for them), and the speaker is null.
namespace {

// ws[first..last] open with an article or an indefinite word and one to three lower-case words of a noun (no mark),
// then a relative word ([relative_words], [that]) and a capitalised word in the clause it opens, which is not the
// subject's own given name (after_given_name_phrase): the relative word's index, else 0. (Not where nouns are
// capitalised: German sets its relative clauses off by commas and reads them before the cue, mention_before.)
std::size_t relative_clause_after_head(const std::vector<Word>& ws, std::size_t first, std::size_t last,
                                       const Speakers& sp) {
    const std::size_t most_noun_words = 3;
    if (sp.capitalised_nouns || last < first + 3 || ws[first].punct ||
        !(has_tag(sp.lexs, WordTags::article, ws[first].low) || in_list(sp.lexs, "indefinite_words", ws[first].low)))
        return 0;
    for (std::size_t r = first + 1; r < last && r <= first + most_noun_words + 1; ++r) {
        const Word& w = ws[r];
        if (w.punct || w.upper)
            return 0;
        if (r == first + 1 || !(in_list(sp.lexs, "relative_words", w.low) || in_list(sp.lexs, "that", w.low)))
            continue;
        for (std::size_t j = r + 1; j <= last && !ws[j].punct; ++j)
            if (ws[j].upper)
                return after_given_name_phrase(ws, j, sp) ? 0 : r;
        return 0;
    }
    return 0;
}

} // namespace

std::optional<std::string> Extractor::relative(const std::vector<Word>& ws, std::size_t first, std::size_t last,
                                               std::size_t pos) {
    const std::string noun(ws[last].low);
    for (int k : sp.recent(pos)) {
        const Person& p = sp.people[static_cast<std::size_t>(k)];
        if (!unnamed(p) && !no_person(p, sp) && matches(p.roles, noun) != 0) {
            sp.mentioned(pos, k);
            return p.name;
        }
    }
    std::vector<std::string_view> words;
    for (std::size_t j = first; j <= last; ++j)
        if (!ws[j].punct)
            words.push_back(ws[j].low);
    add_unnamed(sp, pos, sp.gender_of(words), {noun});
    sp.people.back().personal = true;
    return std::nullopt;
}

// The person a mention "article, role noun, preposition, the body's names" (sub, its names `names`) describes:
// the most recent person known to be one, whose description holds a word of the body's names; -1 when none.
int Extractor::member_of(const std::vector<Word>& sub, const std::vector<NameSpan>& names, std::size_t pos) const {
    if (sub.size() < 4 || sub[0].punct || sub[1].punct || sub[1].upper || !has_tag(sp.lexs, WordTags::article, sub[0].low) ||
        !role_noun(sub[1].low, sp))
        return -1;
    for (int k : sp.recent(pos)) {
        const Person& p = sp.people[static_cast<std::size_t>(k)];
        if (!p.personal)
            continue;
        // "a spokeswoman for Dock Union" after "the Harbour Union said": a body whose own name holds the word
        // ("union") is another body, not a member of this one.
        auto in_name = [&p](std::string_view w) { return word_in_name(p.low, w); };
        for (const auto& nm : names)
            for (std::size_t j = nm.first; j <= nm.last; ++j)
                if (!sub[j].punct && sub[j].low.size() >= 3 && matches(p.roles, std::string(sub[j].low)) != 0 &&
                    !in_name(sub[j].low))
                    return k;
    }
    return -1;
}

std::optional<std::pair<std::size_t, std::size_t>> Extractor::antecedent(const std::vector<Word>& ws,
                                                                        std::size_t comma) const {
    std::size_t g = comma;
    while (g > 0 && !ws[g - 1].punct && comma - g < 8)
        --g;
    if (g == comma)
        return std::nullopt;
    std::vector<Word> head(ws.begin() + static_cast<std::ptrdiff_t>(g), ws.begin() + static_cast<std::ptrdiff_t>(comma));
    // "Mayor Ann Roe, who", "la maire Anne Roux, qui": a name ending right before the comma, a person's (a title
    // or role noun before it, or known as one): "Democrats on Capitol Hill, who" speak, not the place.
    auto names = names_in(head, sp);
    if (!names.empty() && g + names.back().last + 1 == comma) {
        const std::size_t f = g + names.back().first;
        bool person = f > 0 && !ws[f - 1].punct &&
                      (role_noun(ws[f - 1].low, sp) || person_title(sp.lexs, ws[f - 1].low) != 0);
        // ("l'allenatore del Sion Paolo Sala, che", "the coach of Leeds Tom Vale, who": the body's name before the
        // person's runs into it; the person the page knows by the run's last words, two at least, is the one; one it
        // does not know yet is named by the role, its link to the body ([body_link_words]) and the run)
        const auto known = [&](std::size_t from) {
            std::string name;
            for (std::size_t j = from; j < comma; ++j) {
                if (j > from)
                    name.push_back(' ');
                name.append(ws[j].low);
            }
            const int k = sp.find_person(name);
            return k >= 0 &&
                   (sp.people[static_cast<std::size_t>(k)].personal || sp.people[static_cast<std::size_t>(k)].subject);
        };
        std::size_t from = f;
        if (!person && !(person = known(f)))
            for (std::size_t t = f + 1; t + 2 <= comma; ++t)
                if ((person = known(t))) {
                    from = t;
                    break;
                }
        // ("l'allenatore del Sion Paolo Sala, che" where the run is the name alone: the same mention)
        std::size_t body = f; // (the body's capitalised words before the name, if the name leaves them out)
        while (body > g && f - body < 3 && !ws[body - 1].punct && ws[body - 1].upper)
            --body;
        if ((!person || body < f) && body >= 2 && !ws[body - 1].punct && !ws[body - 1].upper && !ws[body - 2].punct &&
            in_list(sp.lexs, "body_link_words", ws[body - 1].low) && role_noun(ws[body - 2].low, sp)) {
            const bool article = body >= 3 && body - 3 >= g && has_tag(sp.lexs, WordTags::article, ws[body - 3].low);
            return std::make_pair(article ? body - 3 : body - 2, comma - 1);
        }
        if (!person)
            return std::nullopt;
        return std::make_pair(from, comma - 1);
    }
    // "the mayor, who", "la ministre, qui": an article and a few words closed by a role noun.
    if (role_noun(ws[comma - 1].low, sp)) {
        for (std::size_t j = comma - 1, d = 0; j > g && d < 3; --j, ++d)
            if (has_tag(sp.lexs, WordTags::article, ws[j - 1].low))
                return std::make_pair(j - 1, comma - 1);
        return std::nullopt;
    }
    // "il capogruppo al Senato, che", "the head of the union, who": an article, a role noun, then a preposition and
    // the body or place the role is of (articles, prepositions and capitalised words, or a body's noun).
    for (std::size_t j = g + 1; j + 2 < comma; ++j) {
        if (!has_tag(sp.lexs, WordTags::article, ws[j - 1].low) || !role_noun(ws[j].low, sp) ||
            !has_tag(sp.lexs, WordTags::preposition, ws[j + 1].low))
            continue;
        bool of_body = true;
        for (std::size_t k = j + 2; k < comma && of_body; ++k)
            of_body = ws[k].upper || has_tag(sp.lexs, WordTags::article, ws[k].low) ||
                      has_tag(sp.lexs, WordTags::preposition, ws[k].low) || in_list(sp.lexs, "body_words", ws[k].low) ||
                      in_list(sp.lexs, "place_body_words", ws[k].low);
        return of_body ? std::make_optional(std::make_pair(j - 1, comma - 1)) : std::nullopt;
    }
    return std::nullopt;
}

namespace {

// The noun of the words first..last when they are an article and a noun, or a noun with the article elided into it
// ("l'institution", "l’azienda"); else empty.
std::string_view anaphor_noun(const std::vector<Word>& ws, std::size_t first, std::size_t last, const Speakers& sp) {
    if (ws[last].punct || (last > first && (ws[first].punct || !has_tag(sp.lexs, WordTags::article, ws[first].low))))
        return {};
    std::string_view noun = ws[last].low;
    if (const std::size_t a = noun.find('\''); a != std::string_view::npos && a <= 2)
        noun.remove_prefix(a + 1);
    else if (const std::size_t b = noun.find("\xE2\x80\x99"); b != std::string_view::npos && b <= 2)
        noun.remove_prefix(b + 3);
    return noun;
}

// The body p is one the noun stands for: the page set the noun before its name ("the union Seacrew", "die Gewerkschaft
// Verdex": a word of its description), the name holds it ("Gewerkschaft Verdex"), or, for a firm's noun
// ([company_anaphor_words]), the name ends in a company's legal form ("Westway Ferries Ltd", [company_form_words]).
bool group_named_by(const Person& p, std::string_view noun, const Speakers& sp) {
    // (a description's word only of a body: "the union" is no person whose description held it, "the union's
    // endorsement of Senator Ann Roe")
    if (!p.personal && std::find(p.roles.begin(), p.roles.end(), noun) != p.roles.end())
        return true;
    if (p.low.find(' ') == std::string::npos)
        return false;
    if (word_in_name(p.low, noun))
        return true;
    static const LexiconSection* forms = common_lexicon().section("company_form_words");
    const std::string_view last_word = std::string_view(p.low).substr(p.low.rfind(' ') + 1);
    return forms != nullptr && forms->has(last_word) && in_list(sp.lexs, "company_anaphor_words", noun);
}

// The people of the last few names met before `pos`, the last first: a body named pages of names back is no longer
// "the agency", "the union".
std::vector<const Person*> last_met(const Speakers& sp, std::size_t pos) {
    const std::size_t most = 8;
    std::vector<const Person*> met;
    for (auto it = sp.events.rbegin(); it != sp.events.rend() && met.size() < most; ++it)
        if (it->first < pos)
            met.push_back(&sp.people[static_cast<std::size_t>(it->second)]);
    return met;
}

} // namespace

std::optional<std::string> Extractor::group_anaphor(std::string_view noun, std::size_t pos) const {
    // (among the last few names met before it, and the speakers of the last few quotes whose mention set the noun
    // before the name, "the union Seacrew": two bodies it could stand for, it names neither)
    std::optional<std::string> found;
    auto take = [&found](const std::string& name) {
        if (found && *found != name)
            return false;
        found = name;
        return true;
    };
    // ("Gewerkschaft Verdex" met in "Die Gewerkschaft Verdex lehnte ab": where nouns are capitalised, the noun opening
    // the name is none of the body's name, the speaker resolve_description gives, "Verdex")
    for (const Person* p : last_met(sp, pos))
        if (group_named_by(*p, noun, sp) &&
            !take(sp.capitalised_nouns && p->low.starts_with(noun) && p->low.size() > noun.size() &&
                          p->low[noun.size()] == ' '
                      ? p->name.substr(p->name.find(' ') + 1)
                      : p->name))
            return std::nullopt;
    const std::size_t most_quotes = 4;
    for (std::size_t k = quotes.size(); k > 0 && k + most_quotes > quotes.size(); --k) {
        const Quote& q = quotes[k - 1];
        if (q.speaker && q.mention && q.mention->size() > q.speaker->size() &&
            word_in_name(text::lower(*q.mention), noun) && text::lower(*q.speaker) != noun &&
            !take(*q.speaker))
            return std::nullopt;
    }
    return found;
}

std::optional<std::string> Extractor::body_anaphor(const std::vector<Word>& ws, std::size_t first, std::size_t last,
                                                   std::size_t pos) const {
    // (the article alone before the noun, or elided into it: "l'institution")
    const std::string_view noun = anaphor_noun(ws, first, last, sp);
    if (noun.size() < 4 || !in_list(sp.lexs, "body_anaphor_words", noun))
        return std::nullopt;
    // (among the last few names met before it: last_met)
    for (const Person* met : last_met(sp, pos)) {
        const Person& p = *met;
        // (a body's name of two words or more, one a body's noun; not the generic noun itself, nor a person)
        if (p.personal || p.low.find(' ') == std::string::npos)
            continue;
        const std::vector<std::string_view> words = text::split_ws(p.low);
        if (std::any_of(words.begin(), words.end(), [this](std::string_view w) {
                return listed_noun(w, "body_words", sp) || listed_noun(w, "organisation_words", sp);
            }))
            return p.name;
    }
    return std::nullopt;
}

std::optional<std::string> Extractor::resolve(std::string_view s, const std::vector<Word>& ws, std::size_t first,
                                              std::size_t last, std::size_t pos) {
    // ("« Q », écrit 24 heures.", "schreibt die NZZ": the page's own paper, quote_publications.cpp)
    if (auto paper = own_paper(s, ws, first, last, pos))
        return paper;
    // ("« Q », écrit Le Temps dans son édition de mardi", "the Guardian wrote": another paper, written_paper)
    if (auto paper = written_paper(sp, s, ws, first, last, pos))
        return paper;
    // "Nobody on the board argued that ...", "Niemand im Rat behauptete, dass ...", "Personne à la mairie de Lyon n'a
    // affirmé que ...": a negated subject opening the mention ([negative_subject_words]) names nobody who spoke,
    // whatever body or place follows it (but "No. 10 officials": a number's abbreviation).
    if (!ws[first].punct && in_list(sp.lexs, "negative_subject_words", ws[first].low) &&
        !(first + 1 < ws.size() && ws[first + 1].low == "."))
        return std::nullopt;
    // "Others argued that ...", "Kritiker sagten, dass ...", "Altri hanno sostenuto che ...": a group word standing
    // alone as the subject ([group_subject_words]) names nobody, capitalised or not, as "others said" does.
    // ("Officials said ...", "Prosecutors argued ...": the plural in -s of a role noun is such a group word too)
    if (first == last && !ws[first].punct && (group_subject(ws[first].low, sp) || role_plural(ws[first].low, sp)))
        return std::nullopt;
    if (anonymous_source(s, ws, first, last, sp))
        return std::nullopt;
    if (first == last && plural_noun_subject(ws, first, sp))
        return std::nullopt;
    // "I wrote", "j'ai écrit", "wir sagten": the writer names nobody of the page (first_person_subject)
    if (first == last && !ws[first].punct && first_person_word(ws[first].low, sp.lexs))
        return std::nullopt;
    // "teilte die Behörde mit" after "die Bundesanwaltschaft", "the agency said" after "the Federal Aviation
    // Administration", "a indiqué l'institution" after "la Banque nationale suisse": an article and a generic noun
    // standing for a body ([body_anaphor_words]) is the nearest body named before whose name holds a body's noun.
    if (last <= first + 1)
        if (auto b = body_anaphor(ws, first, last, pos))
            return b;
    // "The union said" after "The union Seacrew rejected the offer", "Die Gewerkschaft kündigte an" after "Die
    // Gewerkschaft Verdex lehnte ab", "the company said" after "Westway Ferries Ltd pleaded guilty": an article and the
    // noun of a group ([group_anaphor_words]) stand for the one group the page named with that noun a few names before;
    // with none, or two, no one (not the noun itself, read as a name where nouns are capitalised; nor noun_group).
    // (the article written: "Union says …", a headline's bare noun, may be the body's name)
    if (last <= first + 1)
        if (const std::string_view noun = anaphor_noun(ws, first, last, sp);
            noun.size() >= 4 && (last == first + 1 || noun.size() < ws[last].low.size()) &&
            in_list(sp.lexs, "group_anaphor_words", noun))
            return group_anaphor(noun, pos);
    // "Die Hälfte der Befragten gab an", "Rund 40 Prozent der Mitglieder sagten", "la mitad de los encuestados dijo":
    // a share of a group ([share_words]) heading the mention, after the mention's first word, an article or a number
    // at most, names nobody who spoke; nor does the group ("Senate Majority Leader Ann Roe": a capitalised word after
    // it names a role).
    for (std::size_t j = first; j <= last && j < first + 3 && !ws[j].punct; ++j) {
        if (in_list(sp.lexs, "share_words", ws[j].low)) {
            if (j == last || ws[j + 1].punct || !ws[j + 1].upper)
                return std::nullopt;
            break;
        }
        if (ws[j].upper && j > first && !has_tag(sp.lexs, WordTags::article, ws[j].low) && !sp.stopword(ws[j].low))
            break;
    }
    // "– mówią mieszkańcy Ołbina", "dicono gli abitanti di Borgo Nuovo", "dicen los vecinos de San Blas": where nouns
    // are written in lower case, a plural noun of a group of people ([group_words], [plural_role_words]) heading the
    // mention (an article before it perhaps), then capitalised words in the genitive or after the word linking it to
    // them ([body_link_words]), no mark between: the group speaks, not the place or body it is of.
    if (!sp.capitalised_nouns && first < last) {
        std::size_t g = first;
        if (!ws[g].punct && has_tag(sp.lexs, WordTags::article, ws[g].low))
            ++g;
        std::size_t c = g + 1;
        if (c <= last && !ws[c].punct && in_list(sp.lexs, "body_link_words", ws[c].low))
            ++c;
        if (c <= last && !ws[g].punct && !ws[g].upper && !ws[c].punct && ws[c].upper &&
            (in_list(sp.lexs, "group_words", ws[g].low) || in_list(sp.lexs, "plural_role_words", ws[g].low)))
            return std::nullopt;
    }
    // "Mayor Ann Roe, who called it “a disgrace”", "la maire Anne Roux, qui l'a qualifié de « Q »": a relative word
    // ([relative_words]) after a comma, alone or with a clitic, is the subject of its clause and stands for the
    // words before the comma.
    if (first >= 2 && last - first <= 1 && !ws[first].punct && ws[first - 1].low == "," &&
        in_list(sp.lexs, "relative_words", ws[first].low) && (last == first || (!ws[last].punct && !ws[last].upper)))
        if (auto a = antecedent(ws, first - 1))
            return resolve(s, ws, a->first, a->second, pos);
    // "in reply, and she urged", "asked voters to look at what she called": a subject pronoun
    // ending the words before the verb is the subject, whatever stands before it.
    // "como ella misma dijo", "come lei stessa ha detto", "wie er selbst sagte": a word stressing the pronoun
    // before it ([intensifier_words]) leaves the pronoun the subject.
    std::size_t subj = last;
    if (subj > first && !ws[subj].punct && in_list(sp.lexs, "intensifier_words", ws[subj].low))
        --subj;
    const auto subject_pronoun = [&] {
        char g = 'x';
        // ("Volgens haar is ...": a possessive's form is the pronoun alone after an according word)
        const bool after_according = subj == first && first == last && first > 0 && !ws[first - 1].punct &&
                                     has_tag(sp.lexs, WordTags::according, ws[first - 1].low);
        return !ws[subj].punct && sp.pronoun(ws[subj].low, g) &&
               (after_according || !has_tag(sp.lexs, WordTags::possessive, ws[subj].low));
    };
    // "Le PS, lui, demande", "Marie, elle, a dit", "Il Pd, lui, chiede": a pronoun set off by commas after the
    // words it stresses (a comma after it too, before the verb) stands for those words, not for someone before.
    if (subj == last && subj >= first + 2 && ws[subj - 1].low == "," && subj + 1 < ws.size() &&
        ws[subj + 1].low == "," && !ws[subj - 2].punct && subject_pronoun())
        return resolve(s, ws, first, subj - 2, pos);
    if ((subj > first || subj < last) && subject_pronoun())
        return resolve(s, ws, subj, subj, pos);
    // "his uncle said", "sagte Webers Onkel", "a raconté sa mère", "ha detto suo zio": a relative's noun ([kin_words])
    // heading a short mention names no one by it.
    if (last > first && last - first <= 3 && !ws[last].punct && in_list(sp.lexs, "kin_words", ws[last].low))
        return relative(ws, first, last, pos);
    // "sagte sein Sprecher", "his spokesman said", "a déclaré son porte-parole", "sagte Müllers Sprecherin": a role
    // speaking for someone else ([deputy_words]) after a possessive or a name in the genitive is neither the one it
    // speaks for nor a group named by its noun, but the holder of that role the page named, or someone it does not.
    if (last > first && last - first <= 2 && !ws[last].punct && in_list(sp.lexs, "deputy_words", ws[last].low) &&
        owner_before(ws, first, sp))
        return relative(ws, first, last, pos);
    // "Senator from Nevada warns", "Abgeordneter aus Bayern sagt", "il senatore da Palermo ha detto": a role noun
    // heading the mention (an article before it perhaps), a preposition of where its holder comes from
    // ([origin_preposition_words], [place_preposition_words]) and capitalised words closing it: the role speaks, its
    // holder on the page or no one, not the place.
    if (const std::size_t r = first + (first < last && has_tag(sp.lexs, WordTags::article, ws[first].low));
        r + 2 <= last && !ws[r].punct && !ws[r + 1].punct && !ws[r + 1].upper && role_noun(ws[r].low, sp) &&
        (in_list(sp.lexs, "origin_preposition_words", ws[r + 1].low) ||
         in_list(sp.lexs, "place_preposition_words", ws[r + 1].low)) &&
        std::all_of(ws.begin() + static_cast<std::ptrdiff_t>(r + 2), ws.begin() + static_cast<std::ptrdiff_t>(last + 1),
                    [](const Word& w) { return w.upper && !w.punct; }))
        return resolve(s, ws, first, r, pos);
    // "a ajouté le maire de Valmont", "añadió el alcalde de Villaverde", "said the mayor of Millbrook": an office one
    // person holds ([office_words]) heading the mention, the word linking it to the place it is held over with no
    // article ([office_place_link_words]) and one or two capitalised words closing it: the office speaks, its holder on
    // the page or no one, not the place. (Three words or more may hold the holder's name: "Mayor of Millbrook Susan
    // Hale"; a body's noun among them is a body the office is of: "the president of Acme Holdings".)
    if (const std::size_t r = first + (first < last && has_tag(sp.lexs, WordTags::article, ws[first].low));
        r + 2 <= last && last <= r + 3 && !ws[r].punct && !ws[r + 1].punct && !ws[r + 1].upper &&
        in_list(sp.lexs, "office_place_link_words", ws[r + 1].low) && listed_noun(ws[r].low, "office_words", sp) &&
        std::all_of(ws.begin() + static_cast<std::ptrdiff_t>(r + 2), ws.begin() + static_cast<std::ptrdiff_t>(last + 1),
                    [this](const Word& w) {
                        return w.upper && !w.punct && !listed_noun(w.low, "body_words", sp) &&
                               !listed_noun(w.low, "organisation_words", sp);
                    }))
        return resolve(s, ws, first, r, pos);
    // A name inside the mention wins: "le chef de la diplomatie russe, Sergueï Lavrov".
    std::vector<Word> sub(ws.begin() + static_cast<std::ptrdiff_t>(first),
                          ws.begin() + static_cast<std::ptrdiff_t>(last + 1));
    std::vector<std::string_view> words;
    for (const auto& w : sub)
        if (!w.punct)
            words.emplace_back(w.low);
    if (!ws[last].punct && report_noun(ws[last].low, ws[last].upper, sp) &&
        std::none_of(words.begin(), words.end(), [this](std::string_view w) {
            return has_tag(sp.lexs, WordTags::preposition, w) || has_tag(sp.lexs, WordTags::complement, w);
        }))
        return std::nullopt; // (but "l'élue devant la presse" is the one elected)
    // "Un pastore di Valdrena mi ha detto", "a farmer from Ashby told me", "ein Schäfer aus Wil sagte", "ma cousine de
    // Bellac m'a raconté": an indefinite word ([indefinite_words]) or a possessive ([possessive_determiner_words]), a
    // noun that is no role of a body, a preposition and capitalised words only: a person the text does not name, from
    // that place; the place is no speaker.
    // "Un vieux voisin de ma grand-mère à Vic", "my old neighbour from Vic": lower-case words may stand before the
    // noun (head, the word before the first preposition), and after the preposition any words whose capitalised
    // ones each follow a preposition or a determiner (a place, not the subject).
    // (two words at most before the preposition, an adjective and the noun, three after an article and a
    // possessive: "il mio vecchio vicino di Bobbio"; "the new ad shows footage of Ann Kosta" is a clause)
    std::size_t head = first + 1;
    const std::size_t most = first + 2 + (first + 1 <= last && in_list(sp.lexs, "possessive_determiner_words", ws[first + 1].low));
    while (head + 1 <= last && head < most && !ws[head + 1].punct && !ws[head + 1].upper &&
           !has_tag(sp.lexs, WordTags::preposition, ws[head + 1].low))
        ++head;
    // (after an article, no body's noun among the words: "i carabinieri della compagnia di Valle" speak as the unit)
    auto names_body = [this](const Word& w) {
        return !w.punct && (in_list(sp.lexs, "body_words", w.low) || in_list(sp.lexs, "organisation_words", w.low) ||
                            in_list(sp.lexs, "place_body_words", w.low));
    };
    if (last >= head + 2 &&
        (in_list(sp.lexs, "indefinite_words", ws[first].low) ||
         in_list(sp.lexs, "possessive_determiner_words", ws[first].low) ||
         // ("le vieux voisin de Vic", "il mio vicino di Vic": after an article, a lower-case noun that names no body)
         // (and a possessive among its words, someone related to the writer or to another: "the clip ends with Tom
         // Brack" is a clause)
         (has_tag(sp.lexs, WordTags::article, ws[first].low) && !ws[head].upper &&
          std::any_of(ws.begin() + static_cast<std::ptrdiff_t>(first + 1), ws.begin() + static_cast<std::ptrdiff_t>(last + 1),
                      [this](const Word& w) { return !w.punct && in_list(sp.lexs, "possessive_determiner_words", w.low); }) &&
          std::none_of(ws.begin() + static_cast<std::ptrdiff_t>(first), ws.begin() + static_cast<std::ptrdiff_t>(last + 1),
                       names_body))) &&
        !ws[head].punct && (head == first + 1 || !ws[head].upper) &&
        has_tag(sp.lexs, WordTags::preposition, ws[head + 1].low) && !role_noun(ws[head].low, sp) &&
        !report_noun(ws[head].low, ws[head].upper, sp) && !in_list(sp.lexs, "utterance_words", ws[head].low)) {
        bool place = true;
        for (std::size_t j = head + 2; j <= last && place; ++j)
            place = !ws[j].punct &&
                    (ws[j].upper ? j == head + 2 || ws[j - 1].upper || has_tag(sp.lexs, WordTags::preposition, ws[j - 1].low)
                                 : has_tag(sp.lexs, WordTags::preposition, ws[j].low) ||
                                       has_tag(sp.lexs, WordTags::article, ws[j].low) ||
                                       in_list(sp.lexs, "possessive_determiner_words", ws[j].low) ||
                                       in_list(sp.lexs, "kin_words", ws[j].low) || !role_noun(ws[j].low, sp));
        if (place) {
            add_unnamed(sp, pos, sp.gender_of(words), words);
            return std::nullopt;
        }
    }
    // "“Q,” a customer who met Harold Finchley decades ago said", "«Q», una vicina che conosce Gianna Rossi da anni ha
    // detto": an article or an indefinite word, a noun of a few words, then a relative word opening a clause whose
    // names are the ones it tells of: the noun before it speaks.
    if (const std::size_t r = relative_clause_after_head(ws, first, last, sp); r != 0)
        return resolve(s, ws, first, r - 1, pos);
    auto names = names_in(sub, sp);
    // Which name is the speaker: one right after a role noun or title ("Sprecher Malinowski"), else the
    // name that opens the mention ("Barry Steinhardt, Direktor der ACLU"), else the last one
    // ("le chef de la diplomatie russe, Sergueï Lavrov").
    // "Er halte die Verlängerung für vertretbar und bezeichnete": a pronoun opening the mention is the
    // subject, whatever nouns follow (but "her" may be a possessive: "her spokesman said").
    if (words.size() >= 1 && names.empty() == false) {
        char g = 'x';
        if (sp.pronoun(words[0], g) && !sub.empty() && !has_tag(sp.lexs, WordTags::possessive, words[0]))
            names.clear();
    }
    // (an office's field names no one: "the Secretary of Transport" is the office holder)
    std::erase_if(names, [&](const NameSpan& c) { return office_field(sub, c, sp); });
    // ("l'Association des médecins d'urgence du Québec": a body's own name heading the mention speaks, not a name
    // after a preposition in it that an earlier body's name ends with; resolve_description names the body)
    if (!sp.capitalised_nouns && own_body_name(s, ws, first, last, sp))
        names.clear();
    // "Chief Minister's office sources said", "Governor Hale's office staff said": a name in the possessive before
    // lower-case words that end the mention owns them (owned_people) and does not speak itself.
    std::erase_if(names, [&](const NameSpan& c) { return owned_people(sub, c.last, sp); });
    if (!names.empty()) {
        NameSpan n = names.back();
        bool chosen = false;
        // ("Tom Vale, a spokesman for Gov. Ann Roe": not the one the speaker works for)
        for (const auto& cand : names)
            if (!chosen && cand.first > 0 && !sub[cand.first - 1].punct &&
                (role_noun(sub[cand.first - 1].low, sp) || person_title(sp.lexs, sub[cand.first - 1].low)) &&
                !works_for(sub, cand, sp) && !inside_elided_name(s, sub, cand.first - 1)) {
                n = cand;
                chosen = true;
            }
        // "Tidewell Ferries' chief engineer, Ann Roe, said": a name opening the mention in the possessive owns the
        // role after it; a later name set off by a comma holds the role and speaks.
        if (!chosen && names.size() >= 2 && names.front().first == 0 && names.back().first > 0 &&
            sub[names.back().first - 1].low == ",") {
            const std::string_view w = sub[names.front().last].low;
            if (ends_after(w, "'s", 1) || ends_after(w, "\xE2\x80\x99s", 1) || owner_apostrophe(sub, names.front().last + 1)) {
                n = names.back();
                chosen = true;
            }
        }
        // "County road foreman Mara Voss said", "Transit union steward Ola Brenn said": where nouns are written in lower
        // case, one capitalised word opening the mention and lower-case words glued to it (no mark, no small word)
        // are the body and the trade of the full name that ends the mention, which speaks.
        if (!chosen && names.size() >= 2 && names.front().first == 0)
            if (const NameSpan& m = names[1]; modifier_before_name(sub, names.front(), m, sp)) {
                n = m;
                chosen = true;
            }
        if (!chosen && names.front().first == 0)
            n = names.front();
        // "la bióloga marina Carmen Ledesma, de la Universidad de Bravío": the last name not governed by a
        // preposition (one of the three words before it, within the same comma-set part).
        if (!chosen && names.front().first != 0) {
            auto governed = [&](const NameSpan& c) {
                for (std::size_t j = c.first, d = 0; j > 0 && d < 3; --j, ++d) {
                    if (sub[j - 1].punct)
                        return false;
                    // ("dyrektor szpitala w Łomży Piotr Zieliński": the preposition of the place a role is held in
                    // governs the place's one word, not the holder's name after it)
                    // ("a vereadora comunista Rita Reis": the mention's first word, where the language spells an
                    // article as a preposition, is the subject's article, governing nothing)
                    if (j - 1 == 0 && has_tag(sp.lexs, WordTags::article, sub[0].low))
                        return false;
                    // ("docente all'Università Statale di Milano": a preposition elided into the word right before
                    // the name, [elided_preposition_words], a capital after its apostrophe, opens a body's name that
                    // the name's words go on)
                    if (j == c.first && elided_preposition(sub[j - 1].low) &&
                        !elided_article(s.substr(sub[j - 1].b, sub[j - 1].e - sub[j - 1].b)))
                        return true;
                    if (has_tag(sp.lexs, WordTags::preposition, sub[j - 1].low))
                        return !(c.first == j + 1 && role_place_link(sub, j - 1, sp)) &&
                               !field_then_holder(sub, j - 1, c, sp);
                }
                return false;
            };
            bool all_governed = true;
            for (auto it = names.rbegin(); it != names.rend(); ++it)
                if (!governed(*it)) {
                    n = *it;
                    all_governed = false;
                    break;
                }
            // "la referente de la APDH", "the head of the Tenants Union": a role of some body, all its names
            // governed, describes a person of that body named before ("Ana Ruiz, de la APDH, ..."), not the body.
            if (all_governed) {
                if (int k = member_of(sub, names, pos); k >= 0) {
                    sp.describe(k, words);
                    sp.mentioned(pos, k);
                    return sp.people[static_cast<std::size_t>(k)].name;
                }
                // "il tecnico ai microfoni di Rai Sport", "Regular commuters on the Bannerghatta Road", "der Trainer
                // gegenüber dem Sender Nordwelle": a head of lower-case words (an article or one capitalised word
                // first) and a preposition of the one told or of a place ([outside_preposition_words],
                // [place_preposition_words]) put every name after it outside the speaker, who is the head.
                if (const std::size_t h = outside_head(sub, sp); h != 0)
                    return resolve(s, ws, first, first + h - 1, pos);
                // "o presidente da Câmara afirmou", "il sindaco del Comune ha detto": an article and a role noun
                // heading the mention, the body's name only what the role is of, describe the role's holder (named
                // before as "o presidente da autarquia, António Correia"), not the body, where a person of the page
                // holds that role. (Not after an indefinite article: "a spokesperson for Sheffield University" is
                // someone of the body, read as before.)
                if (sub.size() >= 3 && !sub[0].punct && !sub[1].punct && !sub[1].upper &&
                    has_tag(sp.lexs, WordTags::article, sub[0].low) &&
                    !in_list(sp.lexs, "indefinite_words", sub[0].low) &&
                    role_noun(sub[1].low, sp)) {
                    const std::string role(sub[1].low);
                    // (a person named with no word of the body's: "la portavoz de la Unión Estibadora" is not the
                    // "Unión Portuaria" that spoke through its own spokeswoman)
                    auto shares_name = [&](const Person& p) {
                        for (const auto& nm : names)
                            for (std::size_t j = nm.first; j <= nm.last; ++j)
                                if (!sub[j].punct && word_in_name(p.low, sub[j].low))
                                    return true;
                        return false;
                    };
                    for (int k : sp.recent(pos))
                        if (const Person& p = sp.people[static_cast<std::size_t>(k)];
                            p.personal && matches(p.roles, role) != 0 && !shares_name(p))
                            return resolve_description(s, ws, first, last, pos, words);
                }
            }
        }
        if (works_for(sub, n, sp)) {
            if (in_list(sp.lexs, "indefinite_words", words[0]))
                add_unnamed(sp, pos, sp.gender_of(words), words);
            return std::nullopt;
        }
        if (modifies_role(sub, n, sp))
            return std::nullopt;
        // "the Department of Wildlife Care", "das Ministerium für Umwelt": a body's name goes on past the word
        // linking its noun to what it is of ("Department" alone or "Wildlife Care" alone is not its name).
        auto body_link = [&](std::size_t j) { return !sub[j].punct && in_list(sp.lexs, "body_link_words", sub[j].low); };
        auto body_noun = [&](std::size_t j) {
            return !sub[j].punct && sub[j].upper && in_list(sp.lexs, "body_words", sub[j].low);
        };
        if (const std::size_t e = body_name_end(sub, n.last, sp); e != 0) {
            n.last = e;
        } else if (n.first >= 2 && body_link(n.first - 1) && body_noun(n.first - 2)) {
            // "the Ministry of Harbour Affairs": the name read is what the body is of; its noun goes first.
            std::size_t f = n.first - 2;
            while (f > 0 && !sub[f - 1].punct && sub[f - 1].upper && !sp.stopword(sub[f - 1].low))
                --f;
            n.first = f;
        } else if (n.first >= 2 && body_link(n.first - 1) && !sub[n.first - 2].punct &&
                   in_list(sp.lexs, "place_body_words", sub[n.first - 2].low)) {
            // "la mairie de Lyon", "la alcaldía de Cali", "il comune di Pisa": a body named by the place it governs
            // ([place_body_words], in lower case too) speaks, not the place: the place is no person a role describes
            // later ("Il sindaco di Pisa [...] ha dichiarato il sindaco" after "la compagnia di Pisa").
            if (const int place = sp.find_person(span_text(s, sub, n.first, n.last)); place >= 0)
                sp.people[static_cast<std::size_t>(place)].place = true;
            n.first -= 2;
        } else if (const std::size_t b = lower_body_before(sub, n.first, sp);
                   b != 0 && !known_person(span_text(s, sub, n.first, n.last), sp)) {
            // "Le conseil municipal de Rimouski", "il consiglio comunale di Lugano", "the town council of Ashby": a
            // body's noun in lower case, perhaps an adjective after it, and its link: the body speaks, not the place.
            if (const int place = sp.find_person(span_text(s, sub, n.first, n.last)); place >= 0)
                sp.people[static_cast<std::size_t>(place)].place = true;
            n.first = b;
        }
        // ("the Ministry of Harbours and Coasts", "le Ministère de la Mer et de la Pêche": on past "and")
        if (n.last + 1 < sub.size())
            if (const std::size_t joint = body_name_joint(sub, n.last + 1, sp); joint != 0)
                n.last = joint;
        std::string name = span_text(s, sub, n.first, n.last);
        int k = sp.add_person(name);
        sp.describe(k, words);
        sp.mentioned(pos, k);
        std::string speaker = sp.people[static_cast<std::size_t>(k)].name;
        speaker += affiliation(s, sub, n);
        return speaker;
    }
    char gender = 'x';
    if (!words.empty() && sp.pronoun(words[0], gender) && (words.size() == 1 || names.empty())) {
        if (const int u = gender == 'p' ? unnamed_plural_antecedent(sp, pos) : -1; u >= 0) {
            sp.mentioned(pos, u);
            return std::nullopt;
        }
        if (gender == 'p' && unnamed_subject_nearer(reading.text, reading.base, pos, sp))
            return std::nullopt;
        // "he said": the most recent compatible person; a name not known to be a person ("Great
        // Britain", "South Carolina") only when no known person is compatible.
        int pick = -1;
        // "Als Webers Onkel 1983 starb, [...] erzählt er", "When his uncle died, [...] he recalls": a relative met in
        // the narrative is who the pronoun stands for only when no better person precedes, one known as a person (a
        // name that was only a sentence's subject may be a thing: "Es sind Dunkle Bienen"); one who spoke ("a raconté
        // sa mère. « Q », a-t-elle ajouté") is as any unnamed speaker.
        int relative_pick = -1;
        bool sure = false; // (pick is a person known as one, a subject or someone unnamed, not only the most recent)
        // (a name met inside someone's reported words ranks after those met outside: "Perdue said he did not believe
        // the attacks did Romney in. “Q,” he said" is Perdue)
        for (int k : sp.recent(pos, true)) {
            const Person& p = sp.people[static_cast<std::size_t>(k)];
            // ("Ein Sprecher der Behörde sagte ... betonte er": he is the spokesman, whose name the text does not give)
            if (unnamed(p)) {
                // ("A nurse on the ward said [...]. She added": a role of no gender takes the pronoun's)
                if (gender == 'p' || (p.gender != gender && p.gender != 'x'))
                    continue;
                if (!p.personal && kin_of(p, sp)) {
                    if (relative_pick < 0)
                        relative_pick = k;
                    continue;
                }
                if (relative_pick >= 0)
                    continue;
                pick = k;
                sure = true;
                break;
            }
            // ("sagte er" after "berichtete die Nachrichtenagentur Reuters": the agency is no man)
            if (gender != 'p' && no_person(p, sp))
                continue;
            // ("sagte er" after "Die Gewerkschaft Deutscher Lokomotivführer (GDL) hat ... angekündigt": where nouns
            // are capitalised, a name of several words opened by an organisation's noun, [organisation_words], is no
            // man nor woman)
            if (gender != 'p' && sp.capitalised_nouns && !p.personal && p.low.find(' ') != std::string::npos &&
                listed_noun(std::string_view(p.low).substr(0, p.low.find(' ')), "organisation_words", sp))
                continue;
            // ("Der Zug hielt am Bahnhof Neustadt. Er sagte, ...": a place is no one's antecedent)
            // ("Prosecutors said [...]. She said": a role noun's plural, one word opening a sentence, is many people)
            if ((p.place && !p.subject && !p.personal) || place_name(p, sp) ||
                (gender != 'p' && (group_pair(p, sp) || plural_role_name(p, sp))))
                continue;
            if (gender == 'p' || p.gender == 'x' || p.gender == gender) {
                if (pick < 0)
                    pick = k;
                if (p.personal || (p.subject && relative_pick < 0)) {
                    pick = k;
                    sure = true;
                    break;
                }
            }
        }
        if (!sure && relative_pick >= 0)
            pick = relative_pick;
        if (pick < 0)
            return std::nullopt;
        // "„Q“, sagte Stefan Maier. Generalsekretär Martin Huber lehnt das ab. ..., sagte er": the mentions are kept in
        // the order they were noted, a quote's speaker after its paragraph's names. When the pick is the last quote's
        // speaker, a person named after its last mention as a sentence's subject, with a role noun before the name,
        // of the pronoun's gender and speaker of none of the last quotes, is who the pronoun stands for.
        // (the last mentions only, as recent() reads them, and the last quotes: a long page's pronouns do not each
        // walk all its mentions)
        if (sure && gender != 'p' && !quotes.empty() &&
            quotes.back().speaker == sp.people[static_cast<std::size_t>(pick)].name) {
            const std::size_t most_events = 400, most_quotes = 16;
            const std::size_t n_events = std::min(sp.events.size(), most_events);
            const auto events = std::span(sp.events).last(n_events);
            std::optional<std::size_t> latest;
            for (const auto& [at, k] : events)
                if (k == pick && at < pos && (!latest || at > *latest))
                    latest = at;
            const auto quoted = std::span(quotes).last(std::min(quotes.size(), most_quotes));
            int found = -1;
            for (const auto& [at, k] : events) {
                if (!latest || at <= *latest || at >= pos || at < reading.base ||
                    at - reading.base >= reading.text.size())
                    continue;
                const Person& p = sp.people[static_cast<std::size_t>(k)];
                if (k == pick || !p.personal || !p.subject || p.place || unnamed(p) ||
                    p.name.find(' ') == std::string::npos || (p.gender != 'x' && p.gender != gender) ||
                    std::none_of(p.roles.begin(), p.roles.end(),
                                 [this](const std::string& r) { return role_noun(r, sp); }) ||
                    std::any_of(quoted.begin(), quoted.end(), [&p](const Quote& q) { return q.speaker == p.name; }) ||
                    !opens_sentence_with_role(reading.text, at - reading.base, sp))
                    continue;
                latest = at;
                found = k;
            }
            if (found >= 0)
                pick = found;
        }
        // ("She is survived by two sons. [...] “Q,” she said in a 2004 interview": an obituary's subject, its
        // headline's person, speaks in the quotes it dates from before, quote_obituaries.hpp)
        if (gender != 'p' && obituary_subject)
            if (const int o = obituary_subject_pick(*obituary_subject, ws, last, gender, sp); o >= 0)
                pick = o;
        Person& p = sp.people[static_cast<std::size_t>(pick)];
        if (unnamed(p)) {
            if (gender != 'p' && p.gender == 'x')
                p.gender = gender;
            sp.mentioned(pos, pick);
            return std::nullopt;
        }
        // ("Anna Roe [...] Le conseiller nous a reçus. Il a expliqué", "Der Betreiber des Kiosks will [...] „Q“,
        // sagte er": a role of the pronoun's gender met since, with no name, holds it; the text does not name him)
        int holder = sp.role_met_since(pick, gender, pos);
        // ("« Q1 », a déclaré Anna Roe. [...] La ministre a répondu aux syndicats. « Q2 », a-t-elle ajouté": the
        // speaker of the last quote, known to be of the pronoun's gender, is the one the role since describes, not
        // someone the text does not name)
        if (holder == -2 && p.gender == gender && !quotes.empty() && quotes.back().speaker == p.name)
            holder = -1;
        if (holder == -2)
            return std::nullopt;
        Person& h = holder >= 0 ? sp.people[static_cast<std::size_t>(holder)] : p;
        if (gender != 'p' && h.gender == 'x')
            h.gender = gender;
        h.personal = true;
        sp.mentioned(pos, holder >= 0 ? holder : pick);
        return h.name;
    }
    // A bare surname or body: "Lynch said", "O'Neill said", "PolitiFact claimed", "Die SPD". German
    // capitalises every noun, so there only a known person or an acronym counts.
    {
        std::size_t f = first;
        while (f <= last && !ws[f].punct && (sp.stopword(ws[f].low) || has_tag(sp.lexs, WordTags::article, ws[f].low) ||
                                             person_title(sp.lexs, ws[f].low)))
            ++f;
        // Past `last` when the mention is only stopwords, articles and titles ("he", "the"): no name.
        std::string name = f <= last ? std::string(s.substr(ws[f].b, ws[f].e - ws[f].b)) : std::string();
        // ("the Frenchman said", "sagte der Brite": a demonym noun after its article, [demonym_words], describes)
        if (f == last && !ws[f].punct && ws[f].upper && !role_noun(ws[f].low, sp) && !sp.nationality(ws[f].low) &&
            !elided_article(name) && (f == first || !in_list(sp.lexs, "demonym_words", ws[f].low))) {
            if (const std::size_t cut = article_before_acronym(s, ws[f], sp); cut != 0)
                name.erase(0, cut);
            bool acronym = text::length_cp(name) >= 2 && text::lower(name) != name &&
                           std::none_of(name.begin(), name.end(), [](char c) { return c >= 'a' && c <= 'z'; });
            int k = sp.find_person(name);
            if (k >= 0 || acronym || !sp.capitalised_nouns) {
                if (k < 0)
                    k = sp.add_person(name);
                sp.mentioned(pos, k);
                return sp.people[static_cast<std::size_t>(k)].name;
            }
        }
    }
    // ("Governor Hale's office staff": no body named by its capitalised words either)
    for (std::size_t j = 0; j + 1 < sub.size(); ++j)
        if (owned_people(sub, j, sp))
            return std::nullopt;
    return resolve_description(s, ws, first, last, pos, words);
}

std::optional<std::string> Extractor::noun_group(const std::string& mention) const {
    std::vector<std::string_view> kept;
    bool determined = false; // (an article opened the group's words)
    for (auto w : text::split_ws(mention)) {
        std::string low = text::lower(w);
        char g = 'x';
        // ("sagte unser Wirt": a possessive determines the noun as an article does)
        const bool possessive = in_list(sp.lexs, "possessive_determiner_words", low);
        // ("teilten beide Seiten mit", "sagten drei Anwohner", "Mehrere Gewerkschaften erklärten": a number or a
        // quantifier before the noun, [cardinal_words], [quantifier_words], counts many people, no one named)
        if (kept.empty() && counted_word(low, sp))
            return std::nullopt;
        // ("Am Ende rief die Menge", "Zum Schluss rief der Moderator": a preposition holding an article,
        // [contracted_preposition_words], opens an adverbial phrase set before the verb, no group's name)
        if (kept.empty() && in_list(sp.lexs, "contracted_preposition_words", low))
            return std::nullopt;
        if (kept.empty() && (sp.stopword(low) || has_tag(sp.lexs, WordTags::article, low) || possessive)) {
            determined = determined || has_tag(sp.lexs, WordTags::article, low) || possessive;
            continue;
        }
        std::size_t i = 0;
        if (!text::is_upper(text::next_cp(w, i)) || sp.pronoun(low, g) || sp.stopword(low))
            return std::nullopt;
        kept.push_back(w);
    }
    // ("laut einem Medienbericht": a text names no group; "sagte ein Polizeisprecher", "so der Kandidat": a role noun
    // after an article describes a person the text did not name)
    // ("sagte sein Onkel": a relative, whose noun names no group either; nor does a trade: "sagte der Winzer", nor a
    // noun naming anyone: "sagt der Mann", [generic_person_words])
    const std::string last = text::lower(kept.empty() ? std::string_view() : kept.back());
    if (kept.empty() || kept.size() > 3 || report_noun(last, true, sp) ||
        (determined && (role_noun(last, sp) || trade_noun(last, sp) ||
                        anyone_noun(last, sp) || in_list(sp.lexs, "demonym_words", last) || // ("sagte der Brite")
                        feminine_person_noun(last, sp))) || // ("sagte die Baslerin", "die Sozialdemokratin")
        in_list(sp.lexs, "kin_words", last) ||
        (kept.size() == 1 && in_list(sp.lexs, "group_anaphor_words", last)) || // ("kündigte die Gewerkschaft an")
        in_list(sp.lexs, "deputy_words", last))
        return std::nullopt;
    return std::string(kept.front().data(), static_cast<std::size_t>(kept.back().data() + kept.back().size() - kept.front().data()));
}

// "More than half of the clinics have closed, according to the Health Ministry. “We have no fuel left.”", "Laut dem
// Gesundheitsministerium sind die Kliniken geschlossen. „Q“": a body, a medium or a date an according phrase names
// (no_person, or a name holding a body's noun) is where the facts reported come from, not a speaker whose words an
// uncued quote after it goes on with (carried_speaker).
bool Extractor::body_source(const Quote& q, const std::string& speaker) const {
    if (!q.cue || !has_tag(sp.lexs, WordTags::according, text::lower(q.cue->substr(0, q.cue->find(' ')))))
        return false;
    // (German's noun groups, "laut dem Gesundheitsministerium", are no one in the book: their words are read)
    const int k = sp.find_person(speaker);
    if (k >= 0 && no_person(sp.people[static_cast<std::size_t>(k)], sp))
        return true;
    const std::string low = text::lower(speaker);
    for (std::string_view w : text::split_ws(low))
        if (listed_noun(w, "body_words", sp) || listed_noun(w, "organisation_words", sp))
            return true;
    return false;
}

std::optional<std::string> lede_role_holder(const std::string& mention, const Speakers& sp) {
    const std::vector<std::string_view> words = text::split_ws(mention);
    // (not after an indefinite article: "„Q”, zegt een woordvoerder", "a spokesman said" bring in someone the text
    // does not name, not the spokesman it names further on)
    if (words.size() != 2 || !has_tag(sp.lexs, WordTags::article, text::lower(words[0])) ||
        in_list(sp.lexs, "indefinite_words", text::lower(words[0])))
        return std::nullopt;
    return role_holder({text::lower(words[1])}, sp);
}

std::optional<std::string> role_holder(const std::vector<std::string>& words, const Speakers& sp) {
    if (words.empty() || !role_noun(words.back(), sp))
        return std::nullopt;
    int holder = -1;
    for (std::size_t k = 0; k < sp.people.size(); ++k) {
        const Person& p = sp.people[k];
        if (unnamed(p) || no_person(p, sp) ||
            std::any_of(words.begin(), words.end(), [&p](const std::string& w) { return matches(p.roles, w) == 0; }))
            continue;
        if (holder >= 0)
            return std::nullopt; // (two holders: the role names neither)
        holder = static_cast<int>(k);
    }
    return holder >= 0 ? std::optional<std::string>(sp.people[static_cast<std::size_t>(holder)].name) : std::nullopt;
}

void Extractor::add(Quote q, std::optional<std::string> speaker) {
    // ("here I say what I think ...: I think ...", "je dis depuis longtemps que ..."): the writer's own words reported
    // without quote marks are no one's quote (first_person_subject)
    if (q.kind == QuoteKind::indirect && q.mention && first_person_word(text::lower(*q.mention), sp.lexs))
        return;
    // (but "heißt es im Rathaus": the place of a document's words names no speaker, [impersonal_cues])
    // (nor does a group word alone, "Kritiker sagten, dass ...", [group_subject_words])
    if (!speaker && q.mention && sp.capitalised_nouns &&
        !(q.cue && in_list(sp.lexs, "impersonal_cues", text::lower(*q.cue))) &&
        !group_subject(text::lower(*q.mention), sp))
        speaker = noun_group(*q.mention);
    // (someone the text does not name, in the book with no name: no speaker's name, "Eine Pflegerin, die anonym
    // bleiben wollte, sagte: „Q1.“ Sie fügte hinzu: „Q2.“")
    q.speaker = speaker && !speaker->empty() ? speaker : std::nullopt;
    if (speaker && q.cue) {
        int k = sp.find_person(*speaker);
        if (k >= 0 && sp.people[static_cast<std::size_t>(k)].name == *speaker)
            sp.people[static_cast<std::size_t>(k)].personal = true;
    }
    // (a cued quote whose pronoun stands for no one the text named, "sagte sie" of an unnamed prosecutor, or whose
    // mention opens with an indefinite word ([indefinite_words]), someone new and unnamed, "ha raccontato uno dei
    // passanti", "said a neighbour", is the last speaker too: the uncued words after it are that person's, no earlier
    // speaker's; a definite description, "the spokesman", may be someone named whom it did not resolve to)
    char g = 'x';
    if (speaker || (q.cue && q.mention &&
                    (sp.pronoun(text::lower(*q.mention), g) || first_person_word(text::lower(*q.mention), sp.lexs) ||
                     in_list(sp.lexs, "indefinite_words", text::lower(q.mention->substr(0, q.mention->find(' '))))))) {
        last_speaker = speaker;
        last_source = speaker && body_source(q, *speaker);
    }
    if (q.cue && q.where == Where::body) {
        cue_section = q.section;
        cue_paragraph = q.paragraph;
    }
    quotes.push_back(std::move(q));
}

} // namespace archive::quoting

// The names of bodies among a mention's words: a name whose parts are joined by "and" (body_name_joint), an acronym in
// brackets spelled by the words before it (acronym_spelled) and the organisation named with a speaker (affiliation_end,
// Extractor::affiliation), for the mentions (quote_mentions.cpp, quote_mention_before.cpp), their resolution
// (quote_people.cpp) and the names a unit adds (quote_names.cpp).
#include "quote_extractor.hpp"
#include "quote_nouns.hpp"
#include "quote_word_tags.hpp"

#include <string>
#include <string_view>
#include <vector>

namespace archive::quoting {

namespace {

bool linking_word(const Word& w, const Speakers& sp) {
    return !w.punct && !w.upper && in_list(sp.lexs, "body_link_words", w.low);
}

bool lower_article(const Word& w, const Speakers& sp) {
    return !w.punct && !w.upper && has_tag(sp.lexs, WordTags::article, w.low);
}

// A capitalised word that may be part of what a body is of ("Housing", "Umwelt", "Culture"): no stopword, no role
// noun nor title ("and Mayor Tom Vale" is another speaker).
bool field_word(const Word& w, const Speakers& sp) {
    return !w.punct && w.upper && !sp.stopword(w.low) && !role_noun(w.low, sp) && person_title(sp.lexs, w.low) == 0;
}

// "de la Ribera", "do Alto Minho", "y Respuesta ante Emergencias": after the small word at `link`, perhaps articles,
// then one to three capitalised words of what a body is of (field_word): the index past them, else 0.
std::size_t field_after_link(const std::vector<Word>& ws, std::size_t link, const Speakers& sp) {
    std::size_t f = link + 1;
    while (f < ws.size() && lower_article(ws[f], sp))
        ++f;
    const std::size_t g = f;
    while (f < ws.size() && f < g + 3 && field_word(ws[f], sp))
        ++f;
    return f == g ? 0 : f;
}

} // namespace

bool role_owner_joint(const std::vector<Word>& ws, std::size_t j, const Speakers& sp) {
    if (j == 0 || j + 2 >= ws.size() || ws[j].punct || ws[j].upper || !in_list(sp.lexs, "body_and_words", ws[j].low))
        return false;
    std::size_t e = j + 1;
    while (e < ws.size() && e < j + 3 && field_word(ws[e], sp))
        ++e;
    if (e == j + 1 || e >= ws.size() || ws[e].punct || ws[e].upper || !role_noun(ws[e].low, sp))
        return false;
    std::size_t b = j;
    while (b > 0 && b + 2 > j && field_word(ws[b - 1], sp))
        --b;
    static const LexiconSection* given = common_lexicon().section("known_given_name_words"); // (found once)
    return b < j && (b == 0 || ws[b - 1].punct || !ws[b - 1].upper) && (given == nullptr || !given->has(ws[b].low));
}

std::size_t body_name_joint(const std::vector<Word>& ws, std::size_t j, const Speakers& sp) {
    // ("Ministerium für Umwelt, Klima und Energie": from a comma listing the fields, on to the word joining the last)
    if (j < ws.size() && ws[j].low == ",") {
        while (j + 2 < ws.size() && ws[j].low == "," && field_word(ws[j + 1], sp)) {
            const std::size_t from = ++j;
            while (j < ws.size() && j < from + 2 && field_word(ws[j], sp))
                ++j;
        }
        if (j >= ws.size() || ws[j].low == ",")
            return 0;
    }
    if (j < 3 || j + 1 >= ws.size() || ws[j].punct || ws[j].upper || !in_list(sp.lexs, "body_and_words", ws[j].low))
        return 0;
    // Before it: capitalised words, perhaps an article, the linking word, the body's noun.
    std::size_t b = j;
    while (b > 0 && field_word(ws[b - 1], sp))
        --b;
    if (b == j)
        return 0;
    // ("the Department for Environment, Food and Rural Affairs", "el Ministerio de Agricultura, Pesca y Alimentación",
    // "das Ministerium für Umwelt, Klima und Energie": fields listed with commas before the joined last, one or two
    // words each, none opening with a common given name: "the Ministry of Health, Anna Roe and ..." lists people)
    static const LexiconSection* given = common_lexicon().section("known_given_name_words"); // (found once)
    while (b >= 3 && ws[b - 1].low == "," && field_word(ws[b - 2], sp)) {
        std::size_t f = b - 2;
        if (f > 0 && field_word(ws[f - 1], sp))
            --f;
        if ((f > 0 && field_word(ws[f - 1], sp)) || (given != nullptr && given->has(ws[f].low)))
            break;
        b = f;
    }
    while (b > 0 && lower_article(ws[b - 1], sp))
        --b;
    // (a word's `low` is its lower case already: words_into wrote it so)
    // ("Instituto Nacional de Geografia e ...", "Servicio Regional de Protección y ...": one or two capitalised
    // adjectives between the body's noun and its link; an organisation's noun, [organisation_words], as well)
    const auto body_noun = [&sp](const Word& w) {
        return !w.punct && (in_list(sp.lexs, "body_words", w.low) || in_list(sp.lexs, "organisation_words", w.low));
    };
    if (b < 2 || !linking_word(ws[b - 1], sp))
        return 0;
    std::size_t noun = b - 2;
    for (int k = 0; k < 2 && noun > 0 && !body_noun(ws[noun]) && field_word(ws[noun], sp); ++k)
        --noun;
    if (!body_noun(ws[noun]))
        return 0;
    // After it: perhaps the linking word and an article again ("et de la Communication"), then one to three
    // capitalised words, which are no person known already ("and Tom Vale said": two speakers).
    std::size_t a = j + 1;
    if (a < ws.size() && linking_word(ws[a], sp))
        ++a;
    while (a < ws.size() && lower_article(ws[a], sp))
        ++a;
    std::size_t e = a;
    while (e < ws.size() && e < a + 3 && field_word(ws[e], sp))
        ++e;
    // ("y Respuesta ante Emergencias", "e Inovação para a Saúde": a small word of an institution's name,
    // [institution_particle_words] or the linking word, perhaps an article, then capitalised words again)
    static const LexiconSection* particles = common_lexicon().section("institution_particle_words"); // (found once)
    while (e > a && e + 1 < ws.size() && !ws[e].punct && !ws[e].upper &&
           (linking_word(ws[e], sp) || (particles != nullptr && particles->has(ws[e].low)))) {
        const std::size_t f = field_after_link(ws, e, sp);
        if (f == 0)
            break;
        e = f;
    }
    if (e == a || (e < ws.size() && !ws[e].punct && ws[e].upper))
        return 0;
    for (std::size_t x = a; x < e; ++x)
        if (sp.find_person_lowered(ws[x].low) >= 0)
            return 0;
    return e - 1;
}

std::size_t body_name_end(const std::vector<Word>& ws, std::size_t noun, const Speakers& sp) {
    if (noun + 2 >= ws.size() || ws[noun].punct || !ws[noun].upper || !linking_word(ws[noun + 1], sp))
        return 0;
    // ("the Canadian Federation of Independent Business", "la Federación Regional de Pescadores": an organisation's
    // noun, [organisation_words], keeps what it is of as a body's does, its adjectives after it in the capitalised
    // run that ends before the link)
    // ("L'Associazione dei Pescatori", "l’Association des Pêcheurs": the noun past the article elided into it)
    bool body = in_list(sp.lexs, "body_words", after_elided_prefix(ws[noun].low));
    for (std::size_t b = noun + 1; !body && b > 0 && noun + 1 - b < 3 && !ws[b - 1].punct && ws[b - 1].upper; --b)
        body = in_list(sp.lexs, "organisation_words", after_elided_prefix(ws[b - 1].low));
    if (!body)
        return 0;
    std::size_t j = noun + 2;
    while (j < ws.size() && lower_article(ws[j], sp))
        ++j;
    std::size_t e = j;
    while (e < ws.size() && !ws[e].punct && ws[e].upper)
        ++e;
    if (e == j)
        return 0;
    // ("A Associação de Pescadores do Alto Minho", "la Asociación de Vecinos de la Ribera del Ebro", "l'Association
    // des Pêcheurs du Lac de Joux": what it is of goes on past a second link, perhaps an article, to capitalised words
    // of its place, a third at most; the page's names reader may have taken "Alto Minho" for a person already)
    for (std::size_t links = 0; links < 2 && e + 1 < ws.size() && linking_word(ws[e], sp); ++links) {
        const std::size_t f = field_after_link(ws, e, sp);
        if (f == 0 || (f < ws.size() && !ws[f].punct && ws[f].upper))
            break;
        e = f;
    }
    // ("Amt für Umwelt und Energie": on past "und"; "Ministerium für Umwelt, Klima und Energie": past the fields
    // listed with commas before it, body_name_joint)
    if (e < ws.size())
        if (const std::size_t joint = body_name_joint(ws, e, sp); joint != 0)
            return joint;
    return e - 1;
}

// "the town council of Ashby", "the parish council of Low Fell", "the county board of Ashgrove": the kind of place a
// lower-case body's noun at `noun` governs ([body_kind_words]), right before it, is the body's name too, not an
// adjective of the sentence: its index, else `noun`.
std::size_t with_body_kind(const std::vector<Word>& ws, std::size_t noun, const Speakers& sp) {
    return noun >= 1 && !ws[noun - 1].punct && !ws[noun - 1].upper && in_list(sp.lexs, "body_kind_words", ws[noun - 1].low)
               ? noun - 1
               : noun;
}

// "le conseil municipal de", "il consiglio comunale di", "the town council of", "el concejo municipal de": before
// the name at f, a body's link word ([body_link_words]), up to two lower-case words that are no link, article nor
// role noun (the adjective of a Romance body), and a lower-case body's noun ([body_words], [place_body_words]): the
// index of that noun, else 0; or such a noun, its link and one lower-case noun it is of before the link to the name
// ("la brigade des sapeurs-pompiers de"). (A capitalised noun is body_name_end's; "le maire de Lyon" a role noun's.)
std::size_t lower_body_before(const std::vector<Word>& sub, std::size_t f, const Speakers& sp) {
    if (f < 2 || sub[f - 1].punct || !in_list(sp.lexs, "body_link_words", sub[f - 1].low))
        return 0;
    for (std::size_t j = f - 1, d = 0; j > 0 && d < 3; --j, ++d) {
        const Word& w = sub[j - 1];
        if (w.punct || w.upper)
            break;
        if (in_list(sp.lexs, "body_words", w.low) || in_list(sp.lexs, "place_body_words", w.low))
            return with_body_kind(sub, j - 1, sp);
        if (d == 2 || role_noun(w.low, sp) || has_tag(sp.lexs, WordTags::article, w.low) ||
            in_list(sp.lexs, "body_link_words", w.low) || sp.stopword(w.low))
            break;
    }
    // "la brigade des sapeurs-pompiers de Paris", "el servicio de emergencias de Madrid": the body's noun and what it
    // is of, its link and one lower-case noun, before the link to the place (an article may follow the first link).
    std::size_t q = f - 3;
    if (f < 5 || sub[f - 2].punct || sub[f - 2].upper || sub[q].punct || sub[q].upper)
        return 0;
    if (has_tag(sp.lexs, WordTags::article, sub[q].low) && q >= 3 && !sub[q - 1].punct)
        --q;
    const Word& noun = sub[q - 1];
    if (!in_list(sp.lexs, "body_link_words", sub[q].low) || noun.punct || noun.upper ||
        !(in_list(sp.lexs, "body_words", noun.low) || in_list(sp.lexs, "place_body_words", noun.low)))
        return 0;
    return with_body_kind(sub, q - 1, sp);
}

namespace {

bool spells_from(const std::vector<Word>& ws, std::size_t j, std::size_t last, std::string_view acr, std::size_t at,
                 const Speakers& sp);

// Whether acr[at..] is spelled by letters of word j from byte i on (a compound's parts: see below), then by the
// words after it.
bool spells_within(const std::vector<Word>& ws, std::size_t j, std::size_t last, std::string_view acr, std::size_t at,
                   std::size_t i, const Speakers& sp) {
    if (spells_from(ws, j + 1, last, acr, at, sp))
        return true;
    const std::string_view low = ws[j].low;
    for (; at < acr.size() && i < low.size(); ++i)
        if (low[i] == acr[at] && spells_within(ws, j, last, acr, at + 1, i + 1, sp))
            return true;
    return false;
}

// Whether letters acr[at..] are spelled by words ws[j..last] (see acronym_spelled).
bool spells_from(const std::vector<Word>& ws, std::size_t j, std::size_t last, std::string_view acr, std::size_t at,
                 const Speakers& sp) {
    if (j > last)
        return at == acr.size();
    const Word& w = ws[j];
    const std::string_view low = after_elision(w.low);
    // A lower-case word may give its initial or be passed ("de", "la", "für"); a capitalised word gives its initial.
    if (!w.upper && spells_from(ws, j + 1, last, acr, at, sp))
        return true;
    if (at >= acr.size() || low.empty() || low[0] != acr[at])
        return false;
    // "Flugsicherung" gives F and S: where nouns are capitalised, a compound with a common noun's ending
    // ("-sicherung") or ending with a body's noun ("-verband", "-behörde") may give the initials of its parts too, in
    // order.
    if (sp.capitalised_nouns && w.upper &&
        (common_noun(w.low, sp) || listed_noun(w.low, "body_words", sp) || listed_noun(w.low, "organisation_words", sp)))
        return spells_within(ws, j, last, acr, at + 1, 1, sp);
    return spells_from(ws, j + 1, last, acr, at + 1, sp);
}

} // namespace

bool acronym_spelled(const std::vector<Word>& ws, std::size_t first, std::size_t last, std::string_view low_acronym,
                     const Speakers& sp) {
    if (first > last || ws[first].punct || !ws[first].upper || low_acronym.size() > 8)
        return false;
    for (std::size_t j = first; j <= last; ++j)
        if (ws[j].punct)
            return false;
    for (char c : low_acronym)
        if (c < 'a' || c > 'z')
            return false;
    return spells_from(ws, first, last, low_acronym, 0, sp);
}

// "Jan Roth von der GVD", "Ida Berg von Clean Rivers Watch": where the language names a speaker with the
// organisation that speaks through them, the word at j joins a name to an organisation named by an acronym or
// by several capitalised proper words ("von der CFTC") that end the clause: the index past them, else 0. A common
// noun ("von der Staatsanwaltschaft") or an adjective ("von der britischen Warte") makes a description.
std::size_t affiliation_end(const std::vector<Word>& ws, std::size_t j, const Speakers& sp) {
    if (j + 1 >= ws.size() || ws[j].punct || !in_list(sp.lexs, "speaker_affiliations", ws[j].low))
        return 0;
    std::size_t f = j + 1;
    if (!ws[f].punct && !ws[f].upper && has_tag(sp.lexs, WordTags::article, ws[f].low))
        ++f;
    std::size_t e = f;
    while (e < ws.size() && e - f < 4 && !ws[e].punct && ws[e].upper &&
           (ws[e].acronym || (!common_noun(ws[e].low, sp) && !role_noun(ws[e].low, sp) && !title_noun(ws[e].low, sp) &&
                              !sp.stopword(ws[e].low))))
        ++e;
    // One word names the organisation when it is an acronym ("CFTC"); a German capitalised noun alone
    // ("Hafenbehörde") is a common noun.
    bool named = e - f >= 2 || (e == f + 1 && ws[f].acronym);
    return !named || (e < ws.size() && !ws[e].punct) ? 0 : e;
}

// The affiliation after the name n (two words or more) of a mention's words `sub` (" von der CFTC"), for the
// speaker of this quote; the person stays known by the name alone.
std::string Extractor::affiliation(std::string_view s, const std::vector<Word>& sub, const NameSpan& n) const {
    std::size_t e = n.last > n.first ? affiliation_end(sub, n.last + 1, sp) : 0;
    if (e == 0)
        return {};
    std::string out(1, ' ');
    out += span_text(s, sub, n.last + 1, e - 1);
    return out;
}

} // namespace archive::quoting

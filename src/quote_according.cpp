// The cue and mention of an according phrase: "selon X", "laut X", "according to X", "según dijo X", "X zufolge"
// (Extractor::according); quote_mentions.cpp and quote_mention_before.cpp read the mention around any other cue.
#include "quote_cues.hpp"
#include "quote_extractor.hpp"
#include "quote_nouns.hpp"
#include "quote_sourceless.hpp"
#include "quote_word_tags.hpp"
#include "text.hpp"

#include <algorithm>
#include <cstdint>

namespace archive::quoting {

namespace {

// "2,4 milliards", "3,5 %": the comma at c stands between two digits with no space around it, a decimal comma that
// sets nothing off.
bool decimal_comma(const std::vector<Word>& ws, std::size_t c) {
    return c > 0 && c + 1 < ws.size() && ws[c].low == "," && ws[c - 1].e == ws[c].b && ws[c].e == ws[c + 1].b &&
           !ws[c - 1].low.empty() && text::is_digit(static_cast<unsigned char>(ws[c - 1].low.back())) &&
           !ws[c + 1].low.empty() && text::is_digit(static_cast<unsigned char>(ws[c + 1].low.front()));
}

// "ha informado", "dijo": a speech verb at j, perhaps after its auxiliary: the index past it, else j.
std::size_t past_speech_verb(const std::vector<Word>& ws, std::size_t j, const Speakers& sp) {
    const WordTags& tags = word_tags(sp.lexs);
    const std::size_t v = j < ws.size() && !ws[j].punct && (tags.of(ws[j]) & WordTags::auxiliary) ? j + 1 : j;
    return v < ws.size() && !ws[v].punct && (tags.of(ws[v]) & WordTags::speech_verb) ? v + 1 : j;
}

// The index past a phrase of [role_phrases] ("szefa resortu = minister", "primo cittadino = sindaco") whose words are
// ws[j...], else j.
std::size_t role_phrase_end(const std::vector<Word>& ws, std::size_t j, const Speakers& sp) {
    std::size_t best = j;
    for (const Lexicon* lex : sp.lexs)
        for (const std::string_view entry : entries_of(lex, "role_phrases")) {
            const std::size_t eq = entry.find(" = ");
            std::size_t at = 0, w = j;
            while (eq != std::string_view::npos && at < eq && w < ws.size() && !ws[w].punct) {
                const std::size_t space = std::min(entry.find(' ', at), eq);
                if (entry.substr(at, space - at) != ws[w].low)
                    break;
                at = space + 1;
                ++w;
            }
            if (eq != std::string_view::npos && at > eq && w > best)
                best = w;
        }
    return best;
}

// The dot at r of a capital letter's initial glued before it ("Marcin K. po kłótni").
bool initial_dot(const std::vector<Word>& ws, std::size_t r) {
    return r > 0 && ws[r].low == "." && ws[r - 1].upper && ws[r - 1].low.size() == 1 && ws[r].b == ws[r - 1].e;
}

// "Według ustaleń policji Marcin K. po kłótni ...", "Według ustaleń prokuratury Jan Nowak ...": capitals after the
// nouns of an according phrase's mention naming a person in the nominative, a common given name
// ([known_given_name_words]) or a given name with no ending of an oblique case ([name_case_pairs]) before an initial,
// open the reported clause as its subject ("Według relacji Marcina K. ...", "według ministra pracy Tomasza Lisa":
// the one the mention names, in the genitive).
bool nominative_subject(const std::vector<Word>& ws, std::size_t g, const Speakers& sp) {
    static const LexiconSection* given = common_lexicon().section("known_given_name_words"); // (looked up once)
    if (g + 1 >= ws.size() || ws[g].acronym || ws[g + 1].punct || !ws[g + 1].upper)
        return false;
    if (given != nullptr && given->has(ws[g].low))
        return true;
    // ("K." or "K" and its dot)
    const Word& initial = ws[g + 1];
    if (!(initial.low.size() == 2 && initial.low[1] == '.') && !(g + 2 < ws.size() && initial_dot(ws, g + 2)))
        return false;
    for (const Lexicon* lex : sp.lexs)
        for (const std::string_view pair : entries_of(lex, "name_case_pairs"))
            if (const std::string_view ending = pair.substr(0, pair.find(' '));
                !ending.empty() && ws[g].low.size() > ending.size() && ws[g].low.ends_with(ending))
                return false;
    return true;
}

// A punctuation word that is one quote mark (" “ ” „ « » ‘ ’ ‹ ›).
bool mark_word(const Word& w) {
    std::size_t i = 0;
    return w.punct && text::is_quote_mark(text::next_cp(w.low, i)) && i == w.low.size();
}

// "Według ministra podwyżka obejmie ...", "Według ministra pracy Tomasza Wierzbickiego płaca wzrośnie ...", "Według
// Anny Nowak sprawca uciekł": in a language whose reported clause follows an according phrase's mention without a
// comma ([quote_conventions] "clause right after according's mention"), the mention from `j` is a run of capitalised
// words, a pronoun of [oblique_pronoun_words] ("Według niego"), or its first word, then the capitalised words right
// after it or after one or two lower-case words that are no stopwords ("ministra pracy Tomasza Wierzbickiego"), or
// the one word before a stopword ("Według miejskich danych w ..."). The index past it, or 0 where a comma follows
// within four words (the mention's end is the comma's: read by the steps below) or too few words are left.
std::size_t mention_before_clause(const std::vector<Word>& ws, std::size_t j, const Speakers& sp) {
    const std::size_t most_gap = 2, comma_within = 4, least_clause = 3;
    if (j >= ws.size() || ws[j].punct || !in_list(sp.lexs, "quote_conventions", "clause right after according's mention"))
        return 0;
    for (std::size_t c = j; c < ws.size() && c <= j + comma_within; ++c)
        if (ws[c].low == ",")
            return 0;
    // (a body's name goes on past its word of [body_and_words]: "Instytutu Zdrowia i Opieki Społecznej")
    // ("Marcina K.": with the dot of an initial)
    auto capitals_end = [&ws, &sp](std::size_t from) {
        while (from < ws.size() && ((!ws[from].punct && ws[from].upper) || initial_dot(ws, from)))
            ++from;
        if (from + 1 < ws.size() && !ws[from].punct && in_list(sp.lexs, "body_and_words", ws[from].low) &&
            !ws[from + 1].punct && ws[from + 1].upper)
            for (from += 1; from < ws.size() && !ws[from].punct && ws[from].upper;)
                ++from;
        return from;
    };
    // ("najnowszego raportu", "strony czeskiej": an adjective's ending, [adjective_case_endings], keeps the noun before
    // or after it)
    auto adjective = [&](std::size_t i) {
        if (i >= ws.size() || ws[i].punct || ws[i].upper || ws[i].low.size() < 6 || sp.stopword(ws[i].low))
            return false;
        for (const Lexicon* lex : sp.lexs)
            for (std::string_view end : entries_of(lex, "adjective_case_endings"))
                if (ws[i].low.ends_with(end))
                    return true;
        return false;
    };
    std::size_t e = ws[j].upper ? capitals_end(j) : j + 1;
    // ("Według szefa resortu podwyżka obejmie ...": a phrase of [role_phrases] naming a role by other words is whole)
    if (!ws[j].upper)
        e = std::max(e, role_phrase_end(ws, j, sp));
    // ("Według ministra finansów budżet nie pozwoli ..." after "minister finansów Ewa Lis": the word after a role noun
    // that a person of the page was described with is the role's field)
    if (e == j + 1 && e < ws.size() && !ws[j].upper && !ws[e].punct && !ws[e].upper && role_noun(ws[j].low, sp) &&
        std::any_of(sp.people.begin(), sp.people.end(), [&](const Person& p) {
            return std::find(p.roles.begin(), p.roles.end(), ws[e].low) != p.roles.end();
        }))
        ++e;
    // ("Według zarządu województwa pierwsze prace ruszą ...", "Według rzecznika gminy szkoła ...": a body's or a
    // place's noun in the genitive, [genitive_body_words], after the mention's noun is what that noun is of: the
    // mention's, read whole as a role's phrase is)
    for (std::size_t most = e + 2; !ws[j].upper && e < ws.size() && e < most && !ws[e].punct && !ws[e].upper &&
                                   in_list(sp.lexs, "genitive_body_words", ws[e].low);)
        ++e;
    const bool whole = e > j + 1; // (a role's phrase or field, read whole: no word before a stopword joins it)
    if (!ws[j].upper && adjective(j) && e < ws.size() && !ws[e].punct && !ws[e].upper && !sp.stopword(ws[e].low))
        ++e;
    while (!ws[j].upper && adjective(e))
        ++e;
    if (!ws[j].upper && !in_list(sp.lexs, "oblique_pronoun_words", ws[j].low))
        for (std::size_t g = e; g < ws.size() && g <= e + most_gap && !ws[g].punct; ++g) {
            if (ws[g].upper) {
                e = nominative_subject(ws, g, sp) ? g : capitals_end(g);
                break;
            }
            if (sp.stopword(ws[g].low)) {
                e = g <= e + 1 && !whole ? g : e;
                break;
            }
        }
    // ("Według Kaczmarka budżet jest „bez pokrycia”.": the clause goes on into the words it quotes, and past the dot
    // of its subject's initial, "Marcin K. po kłótni")
    std::size_t left = 0;
    for (std::size_t r = e; r < ws.size() && (!ws[r].punct || mark_word(ws[r]) || initial_dot(ws, r)); ++r)
        left += ws[r].punct ? 0 : 1;
    return left >= least_clause ? e : 0;
}

// "Secondo il ministro i lavori cominceranno già", "según el alcalde el ayuntamiento tramitará", "according to the
// mayor the city will": where nouns are written in lower case and no comma closes the according phrase, an article
// right after a word of the mention that is no function word opens the reported clause (the mention's noun takes what
// it is of through a preposition: "il ministro della Salute", "le maire de la ville"). The mention's last word.
std::size_t article_clause_end(const std::vector<Word>& ws, std::size_t first, std::size_t last, const Speakers& sp) {
    if (sp.capitalised_nouns)
        return last;
    const WordTags& tags = word_tags(sp.lexs);
    for (std::size_t i = first + 1; i <= last; ++i) {
        const std::uint16_t t = ws[i].punct ? 0 : tags.of(ws[i]);
        if ((t & WordTags::article) && !(t & (WordTags::complement | WordTags::preposition)) && !ws[i].upper &&
            !ws[i - 1].punct && !sp.stopword(ws[i - 1].low))
            return i - 1;
    }
    return last;
}

// A possessive at j ([possessive_words]: "dessen", "ihrem", "his") that capitalised words follow, where nouns are
// capitalised: the owner's, opening the noun phrase of those words.
bool owned_capitals(const std::vector<Word>& ws, std::size_t j, const Speakers& sp) {
    return sp.capitalised_nouns && j + 1 < ws.size() && !ws[j].punct && !ws[j].upper && !ws[j + 1].punct &&
           ws[j + 1].upper && has_tag(sp.lexs, WordTags::possessive, ws[j].low);
}

} // namespace

bool ordinal_according_word(const std::vector<Word>& ws, std::size_t k, const std::vector<const Lexicon*>& lexs) {
    return k > 0 && !ws[k - 1].punct && in_list(lexs, "ordinal_article_words", ws[k - 1].low);
}

std::size_t past_according_verb(const std::vector<Word>& ws, std::size_t j, const Speakers& sp) {
    if (const std::size_t v = past_speech_verb(ws, j, sp); v != j)
        return v;
    // "selon ce qu'a dit", "secondo quanto riferito", "según lo que dijo": the words of [according_clauses] open the
    // clause of the verb, whose subject follows it as well.
    if (j >= ws.size() || ws[j].punct)
        return j;
    for (const Lexicon* lex : sp.lexs)
        if (const LexiconSection* sec = section_of(lex, "according_clauses"))
            for (const auto& [phrase, parts] : sec->phrases_from(ws[j].low)) {
                std::size_t c = j;
                for (auto part : parts)
                    c = c < ws.size() && ws[c].low == part ? c + 1 : ws.size() + 1;
                if (c <= ws.size() && c > j)
                    if (const std::size_t v = past_speech_verb(ws, c, sp); v != c)
                        return v;
            }
    return j;
}

std::size_t past_addressee(const std::vector<Word>& ws, std::size_t j, const Speakers& sp) {
    if (j >= ws.size() || ws[j].punct || !in_list(sp.lexs, "addressee_preposition_words", ws[j].low))
        return j;
    // ("según dijo a Radio Nacional de España Juan Pérez": an outlet linked to its place by a particle, then the
    // subject's name of two words or more)
    const std::size_t open = j + 1 < ws.size() && has_tag(sp.lexs, WordTags::article, ws[j + 1].low) ? j + 2 : j + 1;
    if (const std::size_t o = outlet_name_end(ws, open, sp);
        o > open + 2 && o + 1 < ws.size() && ws[o].upper && !ws[o].punct && ws[o + 1].upper && !ws[o + 1].punct)
        return o;
    std::size_t e = j + 1;
    while (e < ws.size() && !ws[e].punct && ws[e].upper)
        ++e;
    if (e == j + 1)
        return j;
    // "según dijo a El Faro Julián Ortega", "riferito al Gazzettino Paolo Neri": where the capitals run on to the
    // clause's end, the paper and its subject's name run together. A paper's name is one word (after its article):
    // the rest, two words or more, is the subject. But "según dijo a Radio Nacional Juan Pérez", "riferito al Corriere
    // Adriatico Paolo Neri": a name opening with an outlet's word ([outlet_opening_words]) is two words.
    if (e == ws.size() || ws[e].punct) {
        std::size_t paper = has_tag(sp.lexs, WordTags::article, ws[j + 1].low) ? j + 3 : j + 2;
        if (paper + 3 <= e && in_list(sp.lexs, "outlet_opening_words", ws[paper - 1].low))
            ++paper;
        return paper + 2 <= e ? paper : j;
    }
    // ("al Corriere della Sera": a name goes on past its linking word)
    if (const std::size_t b = body_name_end(ws, e - 1, sp); b != 0)
        e = b + 1;
    // ("riferito al Corriere da una fonte": the agent's preposition)
    if (e < ws.size() && !ws[e].punct && in_list(sp.lexs, "source_preposition_words", ws[e].low))
        ++e;
    return e < ws.size() && !ws[e].punct ? e : j;
}

std::optional<Extractor::According> Extractor::according(const std::vector<Word>& ws, std::size_t from,
                                                          std::size_t to) {
    // Only a word tagged as the first of an "according" phrase opens one: the sections are read for it alone.
    const WordTags& tags = word_tags(sp.lexs);
    for (std::size_t k = from; k < to && k < ws.size(); ++k) {
        if (ws[k].punct || !(tags.of(ws[k]) & WordTags::according))
            continue;
        if (ordinal_according_word(ws, k, sp.lexs))
            continue;
        for (const Lexicon* lex : sp.lexs) {
            const LexiconSection* sec = section_of(lex, "according");
            if (sec == nullptr)
                continue;
            for (const auto& [phrase, parts] : sec->phrases_from(ws[k].low)) {
                std::size_t j = k;
                bool match = true;
                for (auto part : parts) {
                    if (j >= ws.size() || ws[j].low != part) {
                        match = false;
                        break;
                    }
                    ++j;
                }
                if (!match || parts.empty() || phrase == "wie")
                    continue;
                // "..., a conclu la ministre, selon qui le texte ...", "..., ha detto il sindaco, secondo cui ...",
                // "..., dijo la alcaldesa, según la cual ...": a relative ([relative_words], perhaps after its
                // article) stands for the words naming someone right before the comma (antecedent): they are the
                // mention; where they name no one, the phrase names no one.
                if (k >= 2 && ws[k - 1].low == "," && j + 1 < ws.size() && !ws[j].punct) {
                    const std::size_t rel = has_tag(sp.lexs, WordTags::article, ws[j].low) ? j + 1 : j;
                    if (!ws[rel].punct && in_list(sp.lexs, "relative_words", ws[rel].low)) {
                        if (const auto a = antecedent(ws, k - 1))
                            return According{k, k, a->first, a->second};
                        continue;
                    }
                }
                j = past_according_verb(ws, j, sp); // ("según ha informado el Ayuntamiento")
                const std::size_t cue_last = j - 1;
                // ("según dijo a El Diario una fuente": the paper told stands between the verb and its subject)
                if (tags.of(ws[cue_last]) & WordTags::speech_verb) {
                    // ("según anunció este lunes el alcalde": the adverbs of the cue, a day, before its subject)
                    while (j + 1 < ws.size() && !ws[j].punct && (tags.of(ws[j]) & WordTags::cue_adverb))
                        ++j;
                    j = past_addressee(ws, j, sp);
                }
                // ("Laut 20 Minuten ist ...", "Selon 24 heures, ...": the page's own paper, its name no capitalised
                // name, quote_publications.cpp; a mark or, where the verb comes second, the verb after it)
                if (const std::size_t e = own_name_end(ws, j, ws.size());
                    e != 0 && phrase != "zufolge" && (e >= ws.size() || ws[e].punct || capitalised_nouns_here()))
                    return According{k, cue_last, j, e - 1};
                if (phrase == "zufolge") {
                    if (auto m = mention_before(ws, k))
                        return According{k, k, m->first, m->second};
                    continue;
                }
                // German needs no comma: "Laut Finanzvorsteher Beat Zaugg kann die Gemeinde ..."; nor after a
                // possessive, the owner's ("Laut dessen Sprecherin Eva Roth gibt es ...", "Laut ihrem Anwalt Jan
                // Roth will er ..."), the mention's first word.
                std::size_t r = owned_capitals(ws, j, sp) ? j + 1 : j;
                while (r < ws.size() && ws[r].upper && !ws[r].punct)
                    ++r;
                // ("Laut Amt für Umwelt und Energie ist ...": a body's name goes on past its linking word)
                if (r > j)
                    if (const std::size_t b = body_name_end(ws, r - 1, sp); b != 0)
                        r = b + 1;
                if (capitalised_nouns_here() && r > j && r < ws.size() && !ws[r].upper)
                    return According{k, cue_last, j, r - 1};
                // "Volgens de minister krijgt ...", "Laut der Ministerin bekommt ...": where the verb comes second
                // ([quote_conventions]), the verb of what is reported follows the mention at once, without a comma:
                // an article, then role nouns and capitalised words.
                if (in_list(sp.lexs, "quote_conventions", "verb second after according")) {
                    // "Volgens hem kunnen ...", "Volgens haar is ...": a pronoun after the preposition
                    // ([oblique_pronoun_words]) is the whole mention, the verb right after it.
                    if (j + 1 < ws.size() && !ws[j].punct && in_list(sp.lexs, "oblique_pronoun_words", ws[j].low))
                        return According{k, cue_last, j, j};
                    std::size_t e = j;
                    // ("Nach Angaben des Auswärtigen Amts sollen ...": a phrase closed by a noun takes its source in
                    // the genitive, [genitive_article_words], which is no article of the nominative's list)
                    if (e < ws.size() && !ws[e].punct &&
                        (has_tag(sp.lexs, WordTags::article, ws[e].low) ||
                         (!parts.empty() && ws[e - 1].upper && in_list(sp.lexs, "genitive_article_words", ws[e].low))))
                        ++e;
                    if (e > j)
                        e = past_attributes(ws, e);
                    const std::size_t noun = e;
                    while (e < ws.size() && !ws[e].punct && (ws[e].upper || role_noun(ws[e].low, sp)))
                        ++e;
                    // ("Volgens de havenmeester heeft ...": after an article, any noun before a finite helper verb)
                    if (e == noun && e > j && e + 1 < ws.size() && !ws[e].punct && !sp.stopword(ws[e].low) &&
                        in_list(sp.lexs, "finite_helper_words", ws[e + 1].low))
                        ++e;
                    // ("Laut dem Amt für Umwelt und Energie ist ...": read as the subject's body name is read)
                    if (e > noun)
                        if (const std::size_t b = body_name_end(ws, e - 1, sp); b != 0)
                            e = b + 1;
                    // "Laut einem Bericht der Zeitung soll ...", "Laut einer neuen Studie des Instituts liegt ...": an
                    // article after the noun opens its genitive, whose adjectives and nouns the mention keeps.
                    if (e > noun && e + 1 < ws.size() && genitive_opener(ws[e], sp)) {
                        std::size_t g = past_attributes(ws, e + 1);
                        const std::size_t genitive = g;
                        while (g < ws.size() && !ws[g].punct && ws[g].upper)
                            ++g;
                        // ("des Instituts für Hafenforschung": a body's name goes on past its linking word)
                        if (g > genitive)
                            if (const std::size_t b = body_name_end(ws, g - 1, sp); b != 0)
                                g = b + 1;
                        if (g > genitive)
                            e = g;
                    }
                    // (a helper verb is a stopword, yet the verb all the same: "Laut einem Bericht soll der ...")
                    if (e > noun && e < ws.size() && !ws[e].punct &&
                        (!sp.stopword(ws[e].low) || in_list(sp.lexs, "finite_helper_words", ws[e].low)))
                        return According{k, cue_last, j, e - 1};
                }
                if (const std::size_t e = mention_before_clause(ws, j, sp); e != 0)
                    return According{k, cue_last, j, e - 1};
                // "Selon lui, ...", "Según la bióloga Carmen Ledesma, de la Universidad de Bravío, la ..."
                std::size_t c = j;
                while (c < ws.size() && (!ws[c].punct || decimal_comma(ws, c)) && c - j < 10)
                    ++c;
                if (c < ws.size() && ws[c].low == "," && c > j) {
                    std::size_t e = c - 1;
                    std::size_t c2 = c + 1;
                    while (c2 < ws.size() && (!ws[c2].punct || decimal_comma(ws, c2)) && c2 - c < 7)
                        ++c2;
                    // (not over a relative clause: "Laut einem Bericht, der am Montag erschien, soll ...": an
                    // article opening the insert and a small word, its verb, closing it)
                    const bool relative = capitalised_nouns_here() && c2 < ws.size() &&
                                          has_tag(sp.lexs, WordTags::article, ws[c + 1].low) && !ws[c2 - 1].upper;
                    // ("Selon lui, la mesure, très attendue, ...": where nouns are written in lower case, an article
                    // opens an insert set off by commas only when a role noun or a capitalised word stands in it,
                    // "Selon Paul Roux, le directeur de l'école, ..."; else it opens the clause reported)
                    auto lower_article_at = [&](std::size_t i) {
                        return i < ws.size() && !ws[i].punct && !ws[i].upper &&
                               has_tag(sp.lexs, WordTags::article, ws[i].low);
                    };
                    auto clause_subject = [&] {
                        if (capitalised_nouns_here() || !has_tag(sp.lexs, WordTags::article, ws[c + 1].low))
                            return false;
                        for (std::size_t i = c + 2; i < c2; ++i)
                            if (!ws[i].punct && (ws[i].upper || role_noun(ws[i].low, sp)))
                                return false;
                        return true;
                    };
                    if (c + 1 < ws.size() && particle(ws[c + 1].low) && c2 < ws.size() && ws[c2].low == "," &&
                        !relative && !clause_subject())
                        e = c2 - 1;
                    // "Según ha informado la consejera de Sanidad, Elena Prieto, el ...", "Selon le maire, Paul Roux,
                    // les ...": a name of two words or more set off by commas after the description is the speaker's,
                    // no part of what is said; so is a body's name after its article ("Segundo a produtora, a Vale
                    // Shows, o ...", "Según la organizadora, la Peña Rosales, el ...": quotes80; not the clause's
                    // subject before its relative clause, "Según el informe, la Junta de Vigo, que ...").
                    else if (const std::size_t n = c + (lower_article_at(c + 1) ? 2 : 1);
                             c2 < ws.size() && ws[c2].low == "," && c2 >= n + 2 && c2 <= n + 4 &&
                             std::all_of(ws.begin() + static_cast<std::ptrdiff_t>(n),
                                         ws.begin() + static_cast<std::ptrdiff_t>(c2),
                                         [](const Word& w) { return w.upper || particle(w.low); }) &&
                             !sp.stopword(ws[n].low) &&
                             !(n == c + 2 && c2 + 1 < ws.size() && in_list(sp.lexs, "that", ws[c2 + 1].low)))
                        e = c2 - 1;
                    if (utterance_phrase(ws, j, e))
                        continue;
                    return According{k, cue_last, j, e};
                }
                // "Secondo Tarantelli non ci sono controindicazioni", "según Pérez no hay riesgo": where nouns are
                // written in lower case and no comma closes the phrase, a name's capitalised words are the whole
                // mention when a lower-case word follows them that links no field or body to the name (no particle,
                // no preposition, no article): that word opens the reported clause, of three words or more before
                // a mark ("according to Harbour Board officials." is one noun phrase).
                const std::size_t least_clause = 3;
                std::size_t clause = r;
                while (clause < ws.size() && !ws[clause].punct && clause < r + least_clause)
                    ++clause;
                if (!capitalised_nouns_here() && r > j && clause == r + least_clause && !ws[r].upper &&
                    !particle(ws[r].low) &&
                    !(tags.of(ws[r]) & (WordTags::complement | WordTags::preposition | WordTags::article)) &&
                    ws[r].low.find('\'') == std::string::npos && ws[r].low.find("\xE2\x80\x99") == std::string::npos)
                    return According{k, cue_last, j, r - 1};
                if (auto m = mention_after(ws, j))
                    return According{k, cue_last, m->first, article_clause_end(ws, m->first, m->second, sp)};
            }
        }
    }
    return std::nullopt;
}

bool names_no_source(const std::vector<Word>& ws, std::size_t first, std::size_t last, const Speakers& sp) {
    std::size_t h = first;
    if (h < last && !ws[h].punct && has_tag(sp.lexs, WordTags::article, ws[h].low))
        ++h;
    return h <= last && !ws[h].punct && !ws[h].upper &&
           (in_list(sp.lexs, "writer_possessive_words", ws[h].low) || in_list(sp.lexs, "schedule_words", ws[h].low));
}

std::optional<Extractor::According> Extractor::closing_according(const std::vector<Word>& ws) {
    const std::size_t least_before = 2, most_tail = 14; // ("Nessun ferito, secondo la Protezione civile.")
    const WordTags& tags = word_tags(sp.lexs);
    for (std::size_t c = ws.size(); c-- > least_before;) {
        if (ws[c].low != "," || c + 2 >= ws.size() || ws[c + 1].punct || !(tags.of(ws[c + 1]) & WordTags::according))
            continue;
        auto acc = according(ws, c + 1, c + 2);
        if (!acc || acc->cue_first != c + 1 || acc->m_first <= acc->cue_last ||
            names_no_source(ws, acc->m_first, acc->m_last, sp))
            return std::nullopt;
        // ("..., volgens wethouder Karin de Vries.": where the verb comes second, the mention read for a verb after it
        // stops at the name's particle; closing the sentence, it is read as a mention after a cue is)
        if (acc->m_last + 1 < ws.size() && !ws[acc->m_last + 1].punct && ws[acc->m_last].upper &&
            particle(ws[acc->m_last + 1].low))
            if (const auto m = mention_after(ws, acc->m_first);
                m && m->first == acc->m_first && m->second > acc->m_last)
                acc->m_last = m->second;
        // (the mention closes the sentence, or a comma opens an apposition of no more than a few words and no cue:
        // "according to Ann Roe, head of the port authority.")
        std::size_t t = acc->m_last + 1;
        while (t < ws.size() && ws[t].punct && ws[t].low != ",")
            ++t;
        // ("según explicó el alcalde, Pedro Gil.": a name of two words or more set off by the comma, closing the
        // sentence, is the mention's)
        if (t + 2 < ws.size() && ws[t].low == "," && t == acc->m_last + 1) {
            std::size_t e = t + 1;
            while (e < ws.size() && !ws[e].punct && (ws[e].upper || (e > t + 1 && particle(ws[e].low))))
                ++e;
            if (e >= t + 3 && ws[e - 1].upper && std::all_of(ws.begin() + static_cast<std::ptrdiff_t>(e), ws.end(),
                                                             [](const Word& w) { return w.punct && w.low != ","; })) {
                acc->m_last = e - 1;
                return acc;
            }
        }
        if (t < ws.size()) {
            if (ws[t].low != "," || ws.size() - t > most_tail)
                return std::nullopt;
            for (std::size_t j = t + 1; j < ws.size(); ++j)
                if (!ws[j].punct && (tags.of(ws[j]) & WordTags::speech_verb))
                    return std::nullopt;
        }
        return acc;
    }
    return std::nullopt;
}

std::optional<Extractor::According> Extractor::comparative_lead(const std::vector<Word>& ws) {
    const std::size_t most_mention = 10;
    if (ws.size() < 6 || ws[0].punct || !in_list(sp.lexs, "comparative_opener_words", ws[0].low))
        return std::nullopt;
    const WordTags& tags = word_tags(sp.lexs);
    // The comma closing the lead, no other mark before it.
    std::size_t comma = 1;
    while (comma < ws.size() && !ws[comma].punct && comma <= most_mention + 3)
        ++comma;
    if (comma >= ws.size() || ws[comma].low != "," || comma + 4 > ws.size())
        return std::nullopt;
    // "Come ha spiegato l'assessore ...", "Comme l'a expliqué le maire ...", "Jak poinformował rzecznik ...": the cue
    // first, its auxiliaries and clitics before it (comparative_cue), its subject after it up to the comma.
    for (std::size_t ci = 1; ci < comma && ci <= 3; ++ci)
        if ((tags.of(ws[ci]) & WordTags::speech_verb) && comparative_cue(ws, ci)) {
            // (the subject is the words up to the comma, or up to the comma after a name set off by one: "Como
            // explicó la concejala de Comercio, Lucía Martín, la carpa ..."; all of them where the mention read
            // stops short at a word linking the role to its field: "l'assessore al commercio Marco Galli")
            auto m = mention_after(ws, ci + 1);
            if (!m || m->first >= comma)
                return std::nullopt;
            const std::size_t last = m->second >= comma && ws[m->second + 1].low == "," ? m->second : comma - 1;
            // (the cue holds its auxiliary and clitics, the words comparative_cue read between the opener and it:
            // "l'a expliqué", "ha spiegato")
            return According{1, ci, m->first, last};
        }
    // "As councillor Mark Boyd explained, the tent ...", "Wie Stadtrat Markus Bauer erklärte, bekommt ...", "Zoals
    // wethouder De Boer uitlegde, krijgt ...": the subject first, the cue closing the lead.
    const std::size_t ci = comma - 1;
    if (ci < 2 || !(tags.of(ws[ci]) & WordTags::speech_verb))
        return std::nullopt;
    const std::size_t v = ci > 2 && (tags.of(ws[ci - 1]) & WordTags::auxiliary) ? ci - 1 : ci;
    auto m = mention_before(ws, v);
    // ("Wie der Stadtrat am Freitag bestätigte": a time phrase between the subject and the cue, helper_bounds)
    if (!m || m->first != 1 || m->second >= v)
        return std::nullopt;
    // (a subject opens with a name, an article, a possessive, a pronoun or a role noun; "Wie bereits im Dezember
    // berichtet, ...", "Zoals eerder gemeld, ...": an adverb or a preposition opens the verb's complement, and the
    // verb, a participle, has no subject: as was reported, by no one named)
    const Word& f = ws[m->first];
    char g = 'x';
    if (!(f.upper && !sp.stopword(f.low)) && !has_tag(sp.lexs, WordTags::article, f.low) &&
        !has_tag(sp.lexs, WordTags::possessive, f.low) && !sp.pronoun(f.low, g) && !role_noun(f.low, sp))
        return std::nullopt;
    return According{v, ci, m->first, m->second};
}

std::optional<Extractor::According> Extractor::opinion_lead(const std::vector<Word>& ws, std::size_t first,
                                                             std::size_t open) {
    const std::size_t most_mention = 10;
    if (first + 2 > open || open > ws.size() || ws[first].punct ||
        !in_list(sp.lexs, "opinion_lead_words", ws[first].low))
        return std::nullopt;
    // ("Per il leader del Pd Ada Neri si tratta di «Q»", "Pour le chef du PS Marc Roux il s'agit d'« Q »"): an
    // impersonal phrase ([opinion_lead_phrases]) and at most its preposition (two words when elided, "d" and its
    // apostrophe) before the quote close the mention before them, as the quote right after it does.
    std::size_t end = open;
    for (std::size_t k = open > first + 6 ? open - 5 : first + 2; k + 1 < open && end == open; ++k)
        if (const std::size_t n = ws[k].punct ? 0 : listed_phrase_at(ws, k, sp.lexs, "", "opinion_lead_phrases");
            n != 0 && k + n + 2 >= open)
            end = k;
    // ("Pour 24 heures, « Q »": the page's own paper, its name no capitalised name, quote_publications.cpp; "Pour 24
    // heures, la route reste fermée" is no quote, unmarked_opinion_lead asking more of the mention)
    if (const std::size_t e = own_name_end(ws, first + 1, end); e != 0 && (e == end || ws[e].low == ","))
        return According{first, first, first + 1, e - 1};
    auto m = mention_after(ws, first + 1);
    if (m && end < open && m->second >= end && end > m->first)
        m->second = end - 1;
    if (!m || m->first != first + 1 || m->second >= open || m->second - m->first >= most_mention)
        return std::nullopt;
    // (the mention names someone: it opens with a role noun, an article before one, or a capitalised name, and ends
    // with one or with a name; "Per la prima volta, «Q»", "Pour la première fois, « Q »" are no one's opinion lead)
    auto names = [&](std::size_t w) { return role_noun(ws[w].low, sp) || (ws[w].upper && !sp.stopword(ws[w].low)); };
    std::size_t head = m->first;
    if (has_tag(sp.lexs, WordTags::article, ws[head].low) && head < m->second)
        ++head;
    // ("Pour l'ancien ministre Amadou Ba, il s'agit d'« Q »", "Per l'ex sindaco, «Q»": a word of [former_words], the
    // article elided into it or before it, stands before the role noun)
    if (head < m->second && in_list(sp.lexs, "former_words", after_elided_prefix(ws[head].low)))
        ++head;
    // ("Pour le maire de la ville, « Q »", "Per il sindaco della città «Q»": a role noun, then the word linking it to
    // its field ([role_field_words]) and a field in lower case, ends the mention as well as a name does)
    const bool role_and_field = role_noun(ws[head].low, sp) && head + 2 <= m->second &&
                                in_list(sp.lexs, "role_field_words", ws[head + 1].low);
    if (!names(head) || !(names(m->second) || role_and_field))
        return std::nullopt;
    // the quote right after the mention ("Per il presidente Ferri «Q»"), else a comma right after it closes the lead
    // ("Pour le maire, « Q »", "Para la presidenta ..., Rosa Delgado, el proyecto «Q»")
    std::size_t last = m->second;
    if (last + 1 == end)
        return According{first, first, m->first, last};
    if (ws[last + 1].low != ",")
        return std::nullopt;
    return According{first, first, m->first, last};
}

} // namespace archive::quoting

// The mention of the speaker after a cue (mention_after) and the readers of a mention's words that other steps ask
// too (a stop word, a name opening the words, a phrase of what is said, a preposition elided into a word, the one
// told after a cue, a gerund, the attributes before a German noun); the mention before a cue is
// quote_mention_before.cpp; quote_according.cpp reads the one after "according to"; quote_people.cpp resolves a
// mention to a speaker.
#include "lexicon.hpp"
#include "quote_cues.hpp"
#include "quote_descriptions.hpp"
#include "quote_extractor.hpp"
#include "quote_indirect_parts.hpp"
#include "quote_inner_particles.hpp"
#include "quote_lone_names.hpp"
#include "quote_mention_parts.hpp"
#include "quote_name_bodies.hpp"
#include "quote_nouns.hpp"
#include "quote_trades.hpp"
#include "quote_word_tags.hpp"
#include "text.hpp"

#include <algorithm>

namespace archive::quoting {

bool Extractor::stop_word(std::string_view w) const {
    return in_list(sp.lexs, "mention_stops", w);
}

bool Extractor::opens_with_name(const std::vector<Word>& ws, std::size_t first, std::size_t last) const {
    std::vector<Word> sub(ws.begin() + static_cast<std::ptrdiff_t>(first),
                          ws.begin() + static_cast<std::ptrdiff_t>(last + 1));
    auto names = names_in(sub, sp);
    return !names.empty() && names.front().first == 0;
}

bool Extractor::utterance_phrase(const std::vector<Word>& ws, std::size_t first, std::size_t last) const {
    // "so die Vorwürfe", "according to the allegations": an article and a noun of what is said name no speaker, nor
    // with an adjective after it ("de acuerdo con las cifras oficiales").
    return (last == first + 1 || (last == first + 2 && !ws[last].upper)) &&
           has_tag(sp.lexs, WordTags::article, ws[first].low) && in_list(sp.lexs, "utterance_words", ws[first + 1].low);
}

bool Extractor::capitalised_nouns_here() const {
    return sp.capitalised_nouns;
}

// Word j is a given name the lexicon knows ([known_given_name_words]), capitalised, standing alone between marks: a
// person the text names by the given name only ("une habitante, Fatima, raconte", "un vecino, Pedro, contó"); or
// another word the text presents so ("la madre de Lucía, Rosario,": lone_given_name).
bool given_name_alone(const std::vector<Word>& ws, std::size_t j, const Speakers& sp) {
    static const LexiconSection* given = common_lexicon().section("known_given_name_words"); // (looked up once)
    return given != nullptr && j < ws.size() && !ws[j].punct && ws[j].upper && !ws[j].acronym && j > 0 &&
           ws[j - 1].punct && (j + 1 >= ws.size() || ws[j + 1].punct) &&
           (given->has(ws[j].low) || lone_given_name(ws, j, sp));
}

// "said the bill's sponsor, state Sen. Ann Roe (D-Ashby)", "afirmou o relator, o deputado João Lima", "a dit le
// rapporteur, le député Paul Roux": after the comma of an apposition, an article and a few lower-case words with a
// title or a role noun among them may stand before the name that ends the mention: the index of the name's first
// word, else 0. (Asked only where no capitalised word follows the comma: a bare name there is read as before.)
std::size_t titled_apposition(const std::vector<Word>& ws, std::size_t j, const Speakers& sp) {
    if (j < ws.size() && !ws[j].punct && !ws[j].upper && has_tag(sp.lexs, WordTags::article, ws[j].low))
        ++j;
    // (a title or role noun among them: "state Sen.", "o deputado federal")
    bool titled = false;
    for (std::size_t end = j + 3; j < ws.size() && j < end && !ws[j].punct; ++j) {
        const std::string_view w = ws[j].low;
        // ("a lancé le rapporteur, le Vaudois Paul Roux (UDC)", "sagte die Sprecherin, die Zürcherin Eva Roth": a
        // demonym, a nationality or a party's word, [demonym_words], [nationality_words], [party_words], describes the
        // name after it as a role does)
        // ("sagte der Sprecher der Kommission, der Zürcher Hans Widmer": where nouns are capitalised, a woman's noun
        // of origin or party, feminine_person_noun, or the man's noun it is formed on, "Zürcher" of "Zürcherin")
        // ("Her neighbour, the baker Tom Vale, said", "Son voisin, le boulanger Paul Roux, a déclaré": a trade,
        // trade_noun, or in lower case one that is a surname too, [apposed_trade_words], describes the name as a role
        // does)
        const bool title = person_title(sp.lexs, w) != 0 || role_noun(w, sp) || trade_noun(w, sp) ||
                           (!ws[j].upper && in_list(sp.lexs, "apposed_trade_words", w)) || sp.nationality(w) ||
                           in_list(sp.lexs, "demonym_words", w) || in_list(sp.lexs, "party_words", w) ||
                           (sp.capitalised_nouns && ws[j].upper &&
                            (feminine_person_noun(w, sp) || feminine_person_noun(std::string(w) + "in", sp)));
        if (!title && ws[j].upper)
            break;
        // ("la maestra in pensione Lucia Gatti", "l'institutrice à la retraite Lucie Garnier": a phrase of a role no
        // longer held, [retired_phrases], after the role is part of its description)
        if (const std::size_t n = titled ? listed_phrase_at(ws, j, sp.lexs, "", "retired_phrases") : 0; n != 0) {
            j += n - 1;
            end += n;
            continue;
        }
        // (no complement: "Ana Ruiz, presidenta de la Cámara" is a role and the body it is of, no name)
        if (!title && sp.stopword(w))
            return 0;
        titled = titled || title;
    }
    return titled && j + 1 < ws.size() && !ws[j].punct && ws[j].upper && !sp.stopword(ws[j].low) ? j : 0;
}

bool Extractor::elided_preposition(std::string_view low) const {
    // (the apostrophe, ' or U+2019, after two letters or more: "l'", "d'" alone are an article or "de")
    std::size_t at = low.find('\'');
    if (at == std::string_view::npos)
        at = low.find("\xE2\x80\x99");
    return at != std::string_view::npos && at >= 2 && at + 3 < low.size() &&
           in_list(sp.lexs, "elided_preposition_words", low.substr(0, at));
}

bool Extractor::elided_addressee(std::string_view low) const {
    // (the apostrophe, ' or U+2019, after two letters or more, and a word after it)
    std::size_t at = low.find('\'');
    std::size_t len = 1;
    if (at == std::string_view::npos) {
        at = low.find("\xE2\x80\x99");
        len = 3;
    }
    if (at == std::string_view::npos || at < 2 || at + len >= low.size())
        return false;
    std::string head(low.substr(0, at));
    head += '\'';
    return in_list(sp.lexs, "addressee_preposition_words", head);
}

namespace {

// "son avocat", "su abogado", "l'avocat": a possessive ([possessive_determiner_words]) or a lower-case noun after an
// elided article ([articles]: "l"), which opens a noun phrase as an article does.
bool possessive_or_elided(const Word& w, const Speakers& sp) {
    if (w.punct || w.upper)
        return false;
    return in_list(sp.lexs, "possessive_determiner_words", w.low) ||
           (after_elision(w.low).size() != w.low.size() && has_tag(sp.lexs, WordTags::article, w.low.substr(0, 1)));
}

} // namespace

std::size_t Extractor::told_phrase_end(const std::vector<Word>& ws, std::size_t k) const {
    // (not an article spelled as the preposition: "disse a secretária de Estado" names the subject)
    if (k == 0 || k + 1 >= ws.size() || ws[k].punct || !in_list(sp.lexs, "addressee_preposition_words", ws[k].low) ||
        has_tag(sp.lexs, WordTags::article, ws[k].low))
        return 0;
    // (the phrase runs to a mark ending the clause, or to the unit's end, in five words at most: "a la prensa local")
    std::size_t e = k + 1;
    // ("dijo a la prensa que sí": a clause of what was said follows the one told)
    while (e < ws.size() && !ws[e].punct && e - k <= 5 && !in_list(sp.lexs, "that", ws[e].low))
        ++e;
    // (a sentence's end, a comma or a colon, "hizo un llamamiento a la calma: «Q»", "disse à população: \"Q\"": "llama
    // a la gente «perdedores»" opens the words said)
    if (e == k + 1 || (e < ws.size() && ws[e].low != "." && ws[e].low != "!" && ws[e].low != "?" &&
                       ws[e].low != ";" && ws[e].low != "," && ws[e].low != ":"))
        return 0;
    std::size_t run = 0; // (capitalised words in a row, no article among them)
    bool run_determined = false; // (an article stood right before the run)
    for (std::size_t j = k + 1; j < e; ++j) {
        const bool article = has_tag(sp.lexs, WordTags::article, ws[j].low);
        // "dijo a la prensa el alcalde": an article no preposition governs opens the subject after the one told; so
        // does a possessive ([possessive_determiner_words]: "a déclaré à l'AFP son avocat") or a noun after an
        // elided article ("a déclaré à l'AFP l'avocat Paul Roux").
        if ((article || possessive_or_elided(ws[j], sp)) && j > k + 1 &&
            !has_tag(sp.lexs, WordTags::preposition, ws[j - 1].low) &&
            !in_list(sp.lexs, "addressee_preposition_words", ws[j - 1].low))
            return 0;
        if (run == 0)
            run_determined = has_tag(sp.lexs, WordTags::article, ws[j - 1].low);
        run = ws[j].upper && !article ? run + 1 : 0;
        // "dijo a EFE Lucía Gómez", "ha detto a Repubblica Giulia Rossi": a paper's one word and the subject's name
        // of two words run together (three capitalised words, no article before them).
        if (run >= 3 && !run_determined)
            return 0;
        // "a précisé à notre rédaction Hélène Roux": a name after the lower-case noun of the one told is the subject
        // (a paper's name follows the preposition, an article or its own particle: "al Corriere della Sera").
        const Word& before = ws[j - 1];
        if (ws[j].upper && !article && j > k + 1 && !before.upper && !particle(before.low) &&
            !has_tag(sp.lexs, WordTags::article, before.low) && !has_tag(sp.lexs, WordTags::preposition, before.low))
            return 0;
    }
    return e;
}

// "leggendo", "leyendo", "reading", "soulignant": a word with a gerund's ending ([gerund_ending_words]), three bytes
// longer than it at least.
bool gerund_word(std::string_view w, const std::vector<const Lexicon*>& lexs) {
    for (const Lexicon* lex : lexs)
        for (const auto& t : entries_of(lex, "gerund_ending_words"))
            if (w.size() >= t.size() + 3 && w.ends_with(t))
                return true;
    return false;
}

namespace {

// "zu Guttenberg", "von der Leyen" (particles from word k, then one capitalised word): the words are the particles
// and surname of someone named before with them ("Karl-Theodor zu Guttenberg"), whose last word is the surname.
bool particle_surname(const std::vector<Word>& ws, std::size_t k, const Speakers& sp) {
    std::size_t j = k + 1;
    while (j < ws.size() && j < k + 3 && !ws[j].punct && !ws[j].upper && particle(ws[j].low))
        ++j;
    if (j >= ws.size() || ws[j].punct || !ws[j].upper)
        return false;
    const int p = sp.find_by_last_name(ws[j].low);
    if (p < 0)
        return false;
    std::string phrase = " ";
    for (std::size_t i = k; i <= j; ++i) {
        phrase += ws[i].low;
        phrase += i == j ? "" : " ";
    }
    const std::string& name = sp.people[static_cast<std::size_t>(p)].low;
    return name.size() > phrase.size() && name.ends_with(phrase);
}

// "5", "31": a figure of one or two digits that may be a day of the month.
bool day_of_month(std::string_view w) {
    if (w.size() > 2 || !text::all_ascii_digits(w))
        return false;
    const int day = w.size() == 1 ? w[0] - '0' : (w[0] - '0') * 10 + (w[1] - '0');
    return day >= 1 && day <= 31;
}

// ws[a] is an article of the genitive ([genitive_article_words]) after a role noun, and one to three capitalised words
// after it close the sentence or the clause (no comma): "der Vorsitzende des Verbands", "der Vorsitzende der
// SPD-Fraktion". "des", "eines" are the genitive's alone; "der", "einer" are the dative's of a feminine noun too
// ("sagte der Minister der Zeitung"): there a noun of a body or a group ([organisation_words], [body_words],
// [genitive_group_words], a compound ending with one) must stand among the words. Not where one of them names a medium
// ([medium_words], [outlet_opening_words], [outlet_name_words], [outlet_group_words]: "der Nachrichtenagentur Reuters",
// "der Deutschen Presse-Agentur"): the one told. The index of the last word, else 0.
std::size_t genitive_role_complement_end(const std::vector<Word>& ws, std::size_t a, const Speakers& sp) {
    const std::size_t most_words = 3;
    if (ws[a].upper || !in_list(sp.lexs, "genitive_article_words", ws[a].low))
        return 0;
    std::size_t e = a + 1;
    while (e < ws.size() && !ws[e].punct && ws[e].upper && e - a <= most_words)
        ++e;
    // (a comma after them may open an apposition naming the speaker, which the rule of the role's link reads:
    // "sagte der Sprecher der Kommission, der Zürcher Hans Widmer")
    if (e == a + 1 || (e < ws.size() && (!ws[e].punct || ws[e].low == "'" || ws[e].low == "-" || ws[e].low == ",")))
        return 0;
    const bool dative_too = ws[a].low.back() == 'r';
    bool group = !dative_too;
    for (std::size_t j = a + 1; j < e; ++j) {
        const std::string_view w = ws[j].low;
        for (const char* medium : {"medium_words", "outlet_opening_words", "outlet_name_words", "outlet_group_words"})
            if (listed_noun(w, medium, sp))
                return 0;
        for (const char* body : {"organisation_words", "body_words", "genitive_group_words"})
            group = group || listed_noun(w, body, sp);
    }
    return group ? e - 1 : 0;
}

} // namespace

std::optional<std::pair<std::size_t, std::size_t>> Extractor::mention_after(const std::vector<Word>& ws,
                                                                          std::size_t k) {
    complement_after = false;
    const std::size_t adverbs_from = k;
    while (k < ws.size() && !ws[k].punct && has_tag(sp.lexs, WordTags::cue_adverb, ws[k].low))
        ++k;
    // ("informou nesta sexta-feira, 5, o Instituto ...": the day's number after the cue's weekday, set off by commas,
    // is the time's; the subject follows it: quotes80)
    if (k > adverbs_from && k + 3 < ws.size() && ws[k].low == "," && day_of_month(ws[k + 1].low) &&
        ws[k + 2].low == "," && !ws[k + 3].punct)
        k += 3;
    // "afirmou então", "afirmou pouco depois a ministra", "respondió horas después la concejala", "ha detto poi il
    // tecnico": a time adverb of a clause that carries its subject ([dropped_subject_words], [dropped_subject_phrases])
    // right after the cue is no subject; the subject follows it, or the verb carries the one before.
    while (k < ws.size() && !ws[k].punct)
        if (const std::size_t n = listed_phrase_at(ws, k, sp.lexs, "dropped_subject_words", "dropped_subject_phrases"); n != 0)
            k += n;
        else
            break;
    // "anunciou nesta quarta-feira (12) o ministro": the day of the month in parentheses after the weekday.
    if (k > 0 && k + 3 < ws.size() && ws[k].low == "(" && ws[k + 2].low == ")" && !ws[k + 1].low.empty() &&
        ws[k + 1].low.size() <= 2 && std::all_of(ws[k + 1].low.begin(), ws[k + 1].low.end(), [](char c) {
            return text::is_digit(static_cast<unsigned char>(c));
        }))
        k += 3;
    // "lamenta, por su parte, Iris Vega", "said, however, Jane Doe": a short lower-case insert.
    if (k + 2 < ws.size() && ws[k].low == ",") {
        std::size_t j = k + 1;
        while (j < ws.size() && j <= k + 4 && !ws[j].punct && !ws[j].upper)
            ++j;
        if (j > k + 1 && j + 1 < ws.size() && ws[j].low == "," && ws[j + 1].upper)
            k = j + 1;
    }
    // "ha detto all'ANSA il capogruppo", "ha detto all'uscita il ministro": a preposition joined to an elided article
    // ([elided_preposition_words], the part before the apostrophe) and its noun, then an article or a name of two
    // capitalised words: the one told or the place, and the subject after it.
    if (k + 2 < ws.size() && !ws[k].punct && !ws[k].upper && !ws[k + 1].punct && elided_preposition(ws[k].low) &&
        (has_tag(sp.lexs, WordTags::article, ws[k + 1].low) ||
         (ws[k + 1].upper && ws[k + 2].upper && !ws[k + 2].punct)))
        ++k;
    // ("declaró a El Heraldo Limeño.": the one told and no subject after it)
    if (told_phrase_end(ws, k) != 0)
        return std::nullopt;
    // "sagte zu Guttenberg dem Deutschlandfunk", "a dit de Villepin à la presse": a particle opening the surname of
    // someone named before with it ("Karl-Theodor zu Guttenberg") is the name's, no preposition opening a complement.
    const bool particle_name = k + 1 < ws.size() && !ws[k].punct && !ws[k].upper && ws[k].low.size() <= 3 &&
                               particle(ws[k].low) && particle_surname(ws, k, sp);
    // (set where a preposition opens the words after the cue and no subject was found past its complement)
    bool complement_only = false;
    // "a déclaré à l'AFP le directeur", "told Reuters": a short complement before the speaker.
    if (!particle_name && k < ws.size() && !ws[k].punct && stop_word(ws[k].low)) {
        const std::size_t first0 = k;
        // ("said at a briefing the spokesman", "sagte der Sprecher nach der Sitzung": an article right after a
        // preposition opens the preposition's object, a time or a place, not the speaker; where no other article
        // follows, the first is taken as before ("sagte zu den Anschuldigungen"), unless the complement's own first
        // word is an article: then it opens the speaker's phrase)
        auto governed = [&](std::size_t j) {
            const std::string_view p = ws[j - 1].low;
            return has_tag(sp.lexs, WordTags::preposition, p) ||
                   (stop_word(p) && !has_tag(sp.lexs, WordTags::article, p) && !in_list(sp.lexs, "coordinating_words", p));
        };
        std::size_t any = 0;
        // (after a preposition the phrase may run longer before the subject's article: "dijo en conferencia de
        // prensa el director", "a dit lors de la séance le maire")
        // (a word of [mention_stops] that neither opens a noun phrase nor a clause: "devant", "lors", "en")
        const bool after_preposition =
            has_tag(sp.lexs, WordTags::preposition, ws[k].low) ||
            (!has_tag(sp.lexs, WordTags::article, ws[k].low) && !in_list(sp.lexs, "that", ws[k].low) &&
             !in_list(sp.lexs, "relative_words", ws[k].low) && !in_list(sp.lexs, "coordinating_words", ws[k].low) &&
             !in_list(sp.lexs, "sentence_openers", ws[k].low));
        // ("sagte der SPD-Politiker der Deutschen Presse-Agentur", "sagte der Sprecher der Stadt": where nouns are
        // capitalised, an article that may open a subject ([subject_opening_words]) before a role noun opens the
        // speaker's phrase; the later article opens the one told or what the role is of, no subject)
        const bool role_first = sp.capitalised_nouns && k + 1 < ws.size() && !ws[k + 1].punct && ws[k + 1].upper &&
                                in_list(sp.lexs, "subject_opening_words", ws[k].low) &&
                                has_tag(sp.lexs, WordTags::article, ws[k].low) && role_noun(ws[k + 1].low, sp);
        for (std::size_t j = k + 1;
             !role_first && j < ws.size() && j <= k + (after_preposition ? 5 : 3) && !ws[j].punct; ++j)
            if (has_tag(sp.lexs, WordTags::article, ws[j].low)) {
                any = any != 0 ? any : j;
                if (!governed(j)) {
                    k = j;
                    break;
                }
            } else if (possessive_or_elided(ws[j], sp) && !governed(j) &&
                       in_list(sp.lexs, "addressee_preposition_words", ws[first0].low)) {
                k = j; // ("a déclaré à l'AFP son avocat", "l'avocat Paul Roux": after the one told, told_phrase_end)
                break;
            }
        if (k == first0 && any != 0 && !has_tag(sp.lexs, WordTags::article, ws[k].low))
            k = any;
        // "a expliqué devant la presse Sandrine Vuilleumier", "ha detto davanti alla stampa Marco Baldini", "said at
        // the briefing Jane Roe": after a preposition, lower-case words with a noun that is no role nor title, then a
        // name of two capitalised words: the phrase is where or to whom it was said, the name the subject. (Not where
        // an article no preposition governs was found: "dijo en conferencia de prensa el director".)
        if (after_preposition && (k == first0 || (k == any && governed(k)))) {
            std::size_t j = first0 + 1;
            bool noun = false;
            while (j < ws.size() && j <= first0 + 4 && !ws[j].punct && !ws[j].upper && !role_noun(ws[j].low, sp) &&
                   person_title(sp.lexs, ws[j].low) == 0) {
                noun = noun || (!stop_word(ws[j].low) && !has_tag(sp.lexs, WordTags::article, ws[j].low));
                ++j;
            }
            // ("mówił po meczu Ostrowski.", "dijo tras el partido Ferreyra.": or the surname alone of someone named
            // before, ending the clause)
            if (noun && j < ws.size() && ws[j].upper && !ws[j].punct && !stop_word(ws[j].low) &&
                ((j + 1 < ws.size() && ws[j + 1].upper && !ws[j + 1].punct) ||
                 ((j + 1 == ws.size() || (ws[j + 1].punct && ws[j + 1].low != "'")) &&
                  sp.find_person_lowered(ws[j].low) >= 0))) {
                // ("mówi w rozmowie z Onetem Jacek Bury": the one spoken with, a body in an oblique case, then the
                // name)
                std::size_t e = j;
                while (e + 1 < ws.size() && ws[e + 1].upper && !ws[e + 1].punct)
                    ++e;
                k = name_after_oblique_body(ws, j, e, sp);
            }
        }
        // "dijo a EFE Lucía Gómez", "ha dichiarato a Repubblica Giulia Rossi": the outlet, one capitalised
        // word, then a name of two words or more. But "dijo a Radio Nacional Lucía Gómez", "sagte der Zeitung
        // Nordblatt Roth": an outlet's word ([outlet_opening_words]) opens a name of two words, then the subject's
        // of one word or more.
        // ("dijo a Radio Nacional de España Lucía Gómez": the outlet's place after a particle is its name's too)
        if (const std::size_t o = k == first0 ? outlet_name_end(ws, k + 1, sp) : 0;
            o > k + 3 && o + 1 < ws.size() && ws[o].upper && !ws[o].punct && ws[o + 1].upper && !ws[o + 1].punct)
            k = o;
        else if (k == first0 && k + 3 < ws.size() && ws[k + 1].upper && !ws[k + 1].punct && ws[k + 2].upper &&
                 !ws[k + 2].punct && ws[k + 3].upper && !ws[k + 3].punct)
            k += in_list(sp.lexs, "outlet_opening_words", ws[k + 1].low) ? 3 : 2;
        // "ha dicho en una comparecencia en el Ayuntamiento", "escribió en X.", "ha scritto sui social.": a
        // preposition opens the words, and no subject (a name, an article no preposition governs) was found past its
        // complement: the words say where or how it was said, and the verb carries its subject (Spanish and Italian
        // drop it).
        // (not where a role or a title stands in the words: "powiedział na sesji wiceprezydent Adam Nowicki" names
        // the subject after the place)
        // (nor where the preposition names a source: "fanno sapere dalla Regione")
        complement_only = after_preposition && (k == first0 || (k == any && governed(k))) &&
                          !in_list(sp.lexs, "source_preposition_words", ws[first0].low);
        // (nor a name of two capitalised words: "dijo a Radio Nacional Juan de la Fuente")
        for (std::size_t j = first0 + 1; complement_only && j < ws.size() && !ws[j].punct; ++j)
            complement_only = !role_noun(ws[j].low, sp) && person_title(sp.lexs, ws[j].low) == 0 &&
                              !(ws[j].upper && ws[j - 1].upper && !ws[j - 1].punct);
    }
    // "sagte Radio Nordwelle Roth": with no article or preposition either, an outlet's name of two words opening
    // capitalised words is the outlet told, not the subject.
    else if (k + 2 < ws.size() && ws[k].upper && !ws[k].punct && ws[k + 1].upper && !ws[k + 1].punct &&
             ws[k + 2].upper && !ws[k + 2].punct && in_list(sp.lexs, "outlet_opening_words", ws[k].low))
        k += 2;
    // "– mówi Onetowi dr Anna Lis", "– powiedział PAP prezes szpitala Jan Lis": one capitalised word right after the
    // cue, then a role noun or a title in lower case (a dotted one of [abbreviation_words] before a capitalised word:
    // "dr", "prof."), is the outlet told, in an oblique case before the subject ([quote_conventions] "a body in an
    // oblique case before a name")
    else if (k + 2 < ws.size() && ws[k].upper && !ws[k].punct && !ws[k + 1].upper && !ws[k + 1].punct &&
             (role_noun(ws[k + 1].low, sp) || person_title(sp.lexs, ws[k + 1].low) != 0 ||
              (has_tag(sp.lexs, WordTags::abbreviation, ws[k + 1].low) &&
               ws[k + 2 + (ws[k + 2].low == "." && k + 3 < ws.size() ? 1 : 0)].upper)) &&
             in_list(sp.lexs, "quote_conventions", "a body in an oblique case before a name"))
        ++k;
    std::size_t first = k, last = k;
    if (k >= ws.size() || ws[k].punct)
        return std::nullopt;
    complement_after = complement_only;
    // "“Q” suggests that Dunmore ...", "„Q“ zeigt, dass ...": the verb opens a clause of what is said, no speaker.
    if (in_list(sp.lexs, "that", ws[k].low))
        return std::nullopt;
    // "bestritt jedoch nicht die Annahme, dass ...", "said not one of them": a negation opens the verb's object.
    if (in_list(sp.lexs, "negation_words", ws[k].low))
        return std::nullopt;
    // "sagte er an den Angeklagten gewandt", "said she to the crowd", "a dit elle à la presse": a pronoun is the whole
    // mention, the preposition after it opening a complement of the verb.
    if (char g = 'x'; k + 1 < ws.size() && !ws[k].upper && !ws[k + 1].punct &&
                      has_tag(sp.lexs, WordTags::preposition, ws[k + 1].low) && sp.pronoun(ws[k].low, g))
        return std::make_pair(k, k);
    // "sagte sie BLITZ", "sagte er Reportern", "zei hij De Standaard": a capitalised word right after a subject pronoun
    // (a pronoun never used before a noun, [subject_pronoun_words], or German's [pronoun_before_told_words]: "sagte ihr
    // Anwalt", "sagte diese Frau", "said her lawyer" open a noun phrase) is the one told, a paper or the people in the dative.
    if (char g = 'x'; k + 1 < ws.size() && !ws[k].upper && !ws[k + 1].punct && ws[k + 1].upper &&
                      (in_list(sp.lexs, "subject_pronoun_words", ws[k].low) ||
                       in_list(sp.lexs, "pronoun_before_told_words", ws[k].low)) &&
                      sp.pronoun(ws[k].low, g) && !has_tag(sp.lexs, WordTags::possessive, ws[k].low))
        return std::make_pair(k, k);
    // The last word of the name in apposition after a comma at j-1 that ends the clause ("the president of the union,
    // Ute Vogt"; "the bill's sponsor, state Sen. Ann Roe": titled_apposition), a name of two words at least, else 0.
    auto apposed_name_end = [&](std::size_t j) -> std::size_t {
        if (j + 1 >= ws.size())
            return 0;
        const std::size_t n = ws[j].upper && !ws[j].punct ? (sp.stopword(ws[j].low) ? 0 : j) : titled_apposition(ws, j, sp);
        if (n == 0)
            return 0;
        std::size_t e = n;
        while (e + 1 < ws.size() && !ws[e + 1].punct && (ws[e + 1].upper || particle_after(ws[e].low, ws[e + 1].low)))
            ++e;
        // (or a given name alone: "raconte une habitante du troisième étage, Fatima.")
        return (e > n || given_name_alone(ws, n, sp)) && (e + 1 >= ws.size() || ws[e + 1].punct) ? e : 0;
    };
    // "said one of the residents, Anna Kowal", "powiedziała jedna z mieszkanek Zalesia, Anna Kowal": a word counting
    // the people (count_determiner) opens a description of up to six words, whose comma sets off the name that closes
    // the clause: the mention runs to the name, the speaker ("said one of the organisers on Tuesday": the count alone).
    if (!ws[first].upper && count_determiner(ws[first].low, sp)) {
        std::size_t c = first + 1;
        while (c < ws.size() && !ws[c].punct && c - first <= 6)
            ++c;
        const std::size_t e = c > first + 1 && c < ws.size() && ws[c].low == "," ? apposed_name_end(c + 1) : 0;
        if (e != 0)
            return std::make_pair(first, e);
    }
    // A preposition opens the mention ("diz em vídeo publicado pelo secretário de Obras"); but a word that is an
    // article too, right before a role noun, opens the role's noun phrase ("afirmou a secretária de Vigilância em
    // Saúde, Cláudia Menezes": Portuguese "a").
    const bool preposition_first = has_tag(sp.lexs, WordTags::preposition, ws[first].low) &&
                                   !(has_tag(sp.lexs, WordTags::article, ws[first].low) && first + 1 < ws.size() &&
                                     !ws[first + 1].punct && role_noun(ws[first + 1].low, sp));
    for (; k < ws.size(); ++k) {
        const Word& w = ws[k];
        // "said Reuters' Jane Roe", "said the Times’ Ben Vale": the owner's bare apostrophe leaves the name after it
        // in the mention.
        if (w.punct && k > first && owner_apostrophe(ws, k)) {
            last = k;
            continue;
        }
        // "raconte Kévin L., 17 ans": the dot of a surname's initial is the name's.
        if (w.punct && k >= first + 2 && w.low == "." && initial_surname_end(ws, k - 2, sp) == k) {
            last = k;
            continue;
        }
        if (w.punct) {
            // An apposition: ", Sergueï Lavrov" closes the description with the name.
            if (const std::size_t e = w.low == "," ? apposed_name_end(k + 1) : 0; e != 0)
                return std::make_pair(first, e);
            break;
        }
        // "ha risposto la giudice all'avvocata Sara Conti", "ha risposto la giudice alla collega Sara Conti": after a
        // role noun, a preposition of the one told ([addressee_preposition_words], elided into its noun or not, an
        // article perhaps after it) before a noun of a person (a role, a trade) opens the one told, no part of the
        // mention (but "l'assessore al commercio Marco Galli": a field, no person). A noun of someone tied to another
        // ([acquaintance_words]: "alla collega", "à la collègue") or a plural, in -s ("aux avocats", "a los abogados")
        // or listed ([plural_role_words]: "agli avvocati Marco Rossi e Luca Bianchi"), is a person's too.
        if (k > first && !w.upper && !ws[k - 1].punct && !ws[k - 1].upper && role_noun(ws[k - 1].low, sp)) {
            std::string_view told;
            if (elided_addressee(w.low)) {
                told = after_elision(w.low);
            } else if (k + 1 < ws.size() && in_list(sp.lexs, "addressee_preposition_words", w.low) &&
                       !has_tag(sp.lexs, WordTags::article, w.low)) {
                std::size_t j = k + 1;
                if (j + 1 < ws.size() && !ws[j].punct && has_tag(sp.lexs, WordTags::article, ws[j].low))
                    ++j;
                if (!ws[j].punct && !ws[j].upper)
                    told = ws[j].low;
            }
            auto person = [this](std::string_view x) {
                return role_noun(x, sp) || trade_noun(x, sp) || anyone_noun(x, sp) ||
                       in_list(sp.lexs, "acquaintance_words", x);
            };
            if (!told.empty() && (person(told) || in_list(sp.lexs, "plural_role_words", told) ||
                                  (told.size() > 4 && told.back() == 's' && person(told.substr(0, told.size() - 1)))))
                break;
        }
        // "scrive La Stampa nell'edizione di oggi", "ha detto Marco Neri dell'ufficio tecnico": after a name, a
        // preposition elided into its article ([elided_preposition_words]) and lower-case words after its noun say
        // where it was written or what the speaker is of, no part of the name, as a preposition in small letters does
        // ("écrit Le Temps dans l'édition de mardi"). (Not "dell'Associazione Lago Pulito": capitalised words after
        // it go on with a body's name.)
        if (k > first && !w.upper && ws[k - 1].upper && !ws[k - 1].punct && elided_preposition(w.low) &&
            k + 1 < ws.size() && !ws[k + 1].punct && !ws[k + 1].upper)
            break;
        // "ha detto il sindaco Marco Pieroni all'ANSA.", "ha detto la ministra Anna Neri all’Ansa.": after the name, a
        // preposition of the one told ([addressee_preposition_words]) elided into the word closing the clause opens
        // the one told, no part of the mention.
        if (k > first && ws[k - 1].upper && (k + 1 >= ws.size() || ws[k + 1].punct) && elided_addressee(w.low))
            break;
        // "sagte der SPD-Politiker WELT AM SONNTAG", "said the spokesman NBC NEWS": words all in capitals right after a
        // role noun, closing the clause, are the paper told (German's dative), no name of the one described.
        if (k > first && w.acronym && !ws[k - 1].punct && !ws[k - 1].acronym && role_noun(ws[k - 1].low, sp)) {
            std::size_t e = k + 1;
            while (e < ws.size() && !ws[e].punct && ws[e].acronym)
                ++e;
            if (e == ws.size() || ws[e].punct)
                break;
        }
        // "zei Ruben Smet van de lokale fietsersbond": a particle after a name, then an article and a lower-case word,
        // opens the club the speaker is of, no more of the name ("Joris van Dam", "Pieter van den Berg" go on);
        // German reads its capitalised nouns below.
        if (k > first && !sp.capitalised_nouns && ws[k - 1].upper && !ws[k - 1].punct && particle(w.low) &&
            k + 2 < ws.size() && has_tag(sp.lexs, WordTags::article, ws[k + 1].low) && !ws[k + 2].punct &&
            !ws[k + 2].upper)
            break;
        // "ha detto Giulia Dalla Costa", "a dit Jean Le Goff": a capitalised particle that is a small word too, after
        // a name's word, goes on to the surname (inner_particle_end).
        if (k > first && w.upper && ws[k - 1].upper && !ws[k - 1].punct && stop_word(w.low))
            if (const std::size_t j = inner_particle_end(ws, k - 1, sp); j != 0) {
                last = k = j;
                continue;
            }
        // "sagte Ursula von der Leyen", "said Jan van den Berg": particles after a name and before one last
        // capitalised word are the name's, although "der", "den", "de" stop a mention elsewhere (but "Anna
        // Muster von der Hafenbehörde", "Jean Roux de la CGT" name a body after the particles).
        // (but "sagt Marco Huber zu Blick": the one told, zu_opens_told)
        if (k > first && stop_word(w.low) && particle(w.low) && (ws[k - 1].upper || particle(ws[k - 1].low)) &&
            !zu_opens_told(
                ws, k, k >= first + 2 && ws[k - 2].upper && !ws[k - 2].punct && !role_noun(ws[k - 2].low, sp), sp)) {
            std::size_t j = k;
            while (j < ws.size() && j < k + 3 && !ws[j].punct && particle_after(ws[j - 1].low, ws[j].low))
                ++j;
            bool surname = j < ws.size() && !ws[j].punct && ws[j].upper && !sp.stopword(ws[j].low) &&
                           (j + 1 >= ws.size() || ws[j + 1].punct || !ws[j + 1].upper) && !common_noun(ws[j].low, sp) &&
                           !title_noun(ws[j].low, sp) && !role_noun(ws[j].low, sp);
            if (surname && !ws[j].acronym) {
                last = k = j;
                continue;
            }
        }
        // "so Jan Roth von der GVD": the organisation the speaker is named with.
        if (k > first && ws[k - 1].upper) {
            if (std::size_t e = affiliation_end(ws, k, sp); e != 0) {
                last = k = e - 1;
                continue;
            }
        }
        // "according to the Department of Wildlife Care", "teilte das Ministerium für Umwelt mit": a body's noun
        // keeps what the body is of.
        // ("said the Lakehead Chamber of Commerce": an organisation's noun too, body_name_end)
        if (k > first && ws[k - 1].upper && !in_list(sp.lexs, "body_words", ws[k - 1].low))
            if (const std::size_t e = body_name_end(ws, k - 1, sp); e != 0) {
                last = k = e;
                continue;
            }
        if (k > first && ws[k - 1].upper && in_list(sp.lexs, "body_link_words", w.low) &&
            in_list(sp.lexs, "body_words", ws[k - 1].low)) {
            std::size_t j = k + 1;
            while (j < ws.size() && !ws[j].punct && !ws[j].upper && has_tag(sp.lexs, WordTags::article, ws[j].low))
                ++j;
            if (j < ws.size() && !ws[j].punct && ws[j].upper) {
                last = k = j;
                // ("teilte das Ministerium für Umwelt, Klima und Energie mit": on past the fields listed with commas)
                if (const std::size_t joint = j + 1 < ws.size() ? body_name_joint(ws, j + 1, sp) : 0; joint != 0)
                    last = k = joint;
                continue;
            }
        }
        // "teilte das Amt für Umwelt und Energie mit", "a déclaré le ministère de la Culture et de la Communication":
        // the name goes on past "and".
        if (k > first && !w.punct && !w.upper) {
            if (std::size_t e = body_name_joint(ws, k, sp); e != 0) {
                last = k = e;
                continue;
            }
        }
        // "said the president of the union, Ute Vogt", "sagt die Präsidentin der HBN, Ute Vogt", "a déclaré la
        // présidente du syndicat, Ute Vogt": the complement of a role noun ([complement_words], or a German article of
        // the genitive) runs on, a few words, to the apposition that names the speaker; so does a field after its
        // link ([role_field_words]: "ha detto il ministro per i Rapporti con il Parlamento, Luca Ferri").
        // (not where a preposition opens the mention: "said in a video posted by the head of the port authority, Ute
        // Vogt" names the one who posted the words)
        // ("sagte der Fraktionsvorsitzende im Finanzausschuss, Jan Roth", "said the chair on the audit panel, Ann
        // Roe": a preposition too, where the role is held, its phrase of a few words closed by the apposition's comma)
        auto linked = [&] {
            return has_tag(sp.lexs, WordTags::complement, w.low) || in_list(sp.lexs, "body_link_words", w.low) ||
                   in_list(sp.lexs, "role_field_words", w.low) ||
                   (sp.capitalised_nouns && has_tag(sp.lexs, WordTags::article, w.low));
        };
        auto held_in = [&] { return has_tag(sp.lexs, WordTags::preposition, w.low); };
        // ("ha detto l'assessore regionale al Bilancio, Luca Ferri", "dijo la consejera autonómica de Hacienda, Ana
        // Ruiz": one lower-case adjective of the role may stand between the role noun and its link)
        auto role_then_adjective = [&] {
            return k > first + 1 && !ws[k - 1].punct && !ws[k - 1].upper && !ws[k - 2].punct &&
                   !stop_word(ws[k - 1].low) && !has_tag(sp.lexs, WordTags::cue_adverb, ws[k - 1].low) &&
                   !has_tag(sp.lexs, WordTags::speech_verb, ws[k - 1].low) && role_noun(ws[k - 2].low, sp);
        };
        if (k > first && !ws[k - 1].punct && (role_noun(ws[k - 1].low, sp) || (linked() && role_then_adjective())) &&
            (linked() || held_in()) && !preposition_first) {
            const std::size_t most = linked() ? 6 : 4; // (a place's phrase is shorter)
            std::size_t c = k + 1;
            while (c < ws.size() && !ws[c].punct && c - k <= most)
                ++c;
            // (the words may end inside the complement: "said the president of the union" closing a paragraph)
            if (const std::size_t e = c > k + 1 && c < ws.size() && ws[c].low == "," ? apposed_name_end(c + 1) : 0;
                e != 0)
                return std::make_pair(first, e);
        }
        // "erklärte die DFS weiter", "sagte Müller zudem.", "a précisé la DGAC également": an adverb of the cue after
        // the speaker ([cue_adverbs]), the clause ending after it or a stop word following, is no part of the name.
        // ("ha scritto il Corriere locale martedì mattina", "ha detto il sindaco Marco Ferri martedì sera in
        // consiglio": so does a weekday and the time of the day after it, time_word, in lower case)
        auto clause_goes_on = [&] {
            std::size_t after = k + 1;
            while (after < ws.size() && after < k + 3 && !ws[after].punct && !ws[after].upper &&
                   time_word(ws[after].low, sp))
                ++after;
            return after < ws.size() && !ws[after].punct && !stop_word(ws[after].low);
        };
        if (k > first && !w.upper && has_tag(sp.lexs, WordTags::cue_adverb, w.low) && !clause_goes_on()) {
            // (and so are the words of its phrase before it: "dijo Mieres este lunes")
            while (last > first && !ws[last].upper && has_tag(sp.lexs, WordTags::cue_adverb, ws[last].low))
                --last;
            break;
        }
        // "ha detto il giudice Fabrizio Camponovo leggendo la sentenza", "dijo la jueza Ana Robles leyendo el fallo",
        // "said Judge Ann Roe reading the verdict": a lower-case gerund right after the name, the clause ending or a
        // small word (article, preposition) after it, opens a clause of how it was said, no part of the mention.
        // ("Ann Roe's building manager": a noun after it, a compound's word)
        if (k > first && !w.upper && ws[k - 1].upper && !ws[k - 1].punct &&
            (k + 1 >= ws.size() || ws[k + 1].punct || stop_word(ws[k + 1].low) ||
             has_tag(sp.lexs, WordTags::article, ws[k + 1].low) || has_tag(sp.lexs, WordTags::preposition, ws[k + 1].low)) &&
            gerund_word(w.low, sp.lexs))
            break;
        // "ha detto l'assessore alla Sicurezza Marco Rinaldi", "a déclaré l'adjointe à la Culture Marie Roux", "sagte
        // der Minister für Gesundheit Karl Brenner": the word linking a role noun to its field ([role_field_words]),
        // although it stops a mention elsewhere ("ha detto alla stampa"), an article perhaps after it, then one
        // capitalised word of the field and a name of two or three closing the words: the mention goes on to the
        // name ("ha detto il ministro al Corriere della Sera" names the paper told, no field and name).
        // (the index past three or four capitalised words from j, one of what the role is of or where, then the
        // name, that no other capitalised word follows; else 0)
        auto place_and_name_end = [&](std::size_t j) -> std::size_t {
            std::size_t e = j;
            while (e < ws.size() && !ws[e].punct && ws[e].upper && e - j < 4)
                ++e;
            const std::size_t capitals = e - j, least = 3, most = 4;
            return capitals >= least && capitals <= most && (e >= ws.size() || ws[e].punct || !ws[e].upper) ? e : 0;
        };
        // "a plaidé la conseillère fédérale en charge des assurances sociales Elisabeth Roux", "a dit le ministre à la
        // tête de la santé Paul Roux": a phrase of what a role is in charge of ([role_charge_phrases]) after the role
        // noun (and perhaps one adjective), the lower-case words of the field, then a name of two or three capitalised
        // words closing the words: the mention goes on to the name, although the phrase's first word stops it.
        if (k > first + 1 && stop_word(w.low) && !ws[k - 1].punct && !ws[k - 2].punct &&
            (role_noun(ws[k - 1].low, sp) || (!ws[k - 1].upper && role_noun(ws[k - 2].low, sp))))
            if (const std::size_t n = listed_phrase_at(ws, k, sp.lexs, "", "role_charge_phrases"); n != 0) {
                std::size_t f = k + n;
                while (f < ws.size() && f - (k + n) < 5 && !ws[f].punct && !ws[f].upper && !role_noun(ws[f].low, sp))
                    ++f;
                std::size_t e = f;
                while (e < ws.size() && !ws[e].punct && ws[e].upper && e - f < 4)
                    ++e;
                if (f > k + n && e - f >= 2 && e - f <= 3 && (e >= ws.size() || ws[e].punct || !ws[e].upper)) {
                    last = k = e - 1;
                    continue;
                }
            }
        if (k > first && stop_word(w.low) && !ws[k - 1].punct &&
            (role_noun(ws[k - 1].low, sp) || role_then_adjective()) && in_list(sp.lexs, "role_field_words", w.low)) {
            std::size_t j = k + 1;
            if (j < ws.size() && !ws[j].punct && !ws[j].upper && has_tag(sp.lexs, WordTags::article, ws[j].low))
                ++j;
            if (const std::size_t e = place_and_name_end(j); e != 0) {
                last = k = e - 1;
                continue;
            }
            // "ha spiegato l'assessore al commercio Marco Galli", "dijo la concejala de cultura Ana Ruiz", "a déclaré
            // l'adjointe à la culture Marie Roux": a field written in lower case, one to three words that are no role
            // noun nor small word, then a name of two or three capitalised words, no other capitalised word after it.
            std::size_t f = j;
            while (f < ws.size() && f - j < 3 && !ws[f].punct && !ws[f].upper && !stop_word(ws[f].low) &&
                   !has_tag(sp.lexs, WordTags::article, ws[f].low) && !role_noun(ws[f].low, sp) &&
                   !has_tag(sp.lexs, WordTags::speech_verb, ws[f].low))
                ++f;
            std::size_t e = f;
            while (e < ws.size() && !ws[e].punct && ws[e].upper && !stop_word(ws[e].low) && e - f < 4)
                ++e;
            if (f > j && e - f >= 2 && e - f <= 3 && (e >= ws.size() || ws[e].punct || !ws[e].upper)) {
                last = k = e - 1;
                continue;
            }
            // "ha commentato l'assessore alle Politiche agricole Sergio Di Lallo", "a commenté l'adjointe aux Affaires
            // scolaires Julie Faure": the field's capitalised noun (one or two) and one or two lower-case adjectives
            // of it, no small word, role noun, cue, day or time, then a name of two or three capitalised words
            // closing the words. (quotes109)
            std::size_t c = j;
            while (c < ws.size() && c - j < 2 && !ws[c].punct && ws[c].upper && !stop_word(ws[c].low))
                ++c;
            std::size_t a = c;
            while (c > j && a < ws.size() && a - c < 2 && !ws[a].punct && !ws[a].upper && !stop_word(ws[a].low) &&
                   !has_tag(sp.lexs, WordTags::article | WordTags::speech_verb | WordTags::cue_adverb, ws[a].low) &&
                   !role_noun(ws[a].low, sp) && !date_word(ws[a].low, sp) && !time_word(ws[a].low, sp))
                ++a;
            std::size_t n = a;
            while (a > c && n < ws.size() && !ws[n].punct && ws[n].upper && (n > a || !stop_word(ws[n].low)) &&
                   n - a < 4) // ("Sergio Di Lallo": a capitalised particle inside the name)
                ++n;
            if (a > c && n - a >= 2 && n - a <= 3 && (n >= ws.size() || ws[n].punct || !ws[n].upper)) {
                last = k = n - 1;
                continue;
            }
        }
        // "powiedział dyrektor szpitala w Łomży Piotr Zieliński", "dodał prezes klubu z Gdańska Adam Lis": where a
        // language writes the holder's name right after the role with no comma, the preposition of the place the
        // role is held in ([role_place_words]), after the role noun or after the role noun and the one lower-case
        // word of what it is of, then the place's one capitalised word and a name of two or three closing the words:
        // the mention goes on to the name, although the preposition stops it elsewhere ("powiedział minister w
        // Sejmie" names where it was said).
        if (k > first && stop_word(w.low) && role_place_link(ws, k, sp)) {
            if (const std::size_t e = place_and_name_end(k + 1); e != 0) {
                last = k = e - 1;
                continue;
            }
        }
        // "said the leader of the SNP group.", "said the head of the Port Board": after a role noun, the word linking
        // it to what it is of ([complement_words]) and that phrase up to the clause's end (articles, capitalised words
        // and lower-case nouns, no other small word, five words at most) are the role's: the mention goes on to its
        // end, as before the cue ("the leader of the Labour group said"). (Not "said the leader of the group on
        // Tuesday", "... the group yesterday": a small word, a day or an adverb of the cue after it.)
        // (not where a preposition opens the mention: "diz em vídeo publicado pelo secretário de Obras, Ana Reis"
        // names the one who made the words public)
        if (k > first && !sp.capitalised_nouns && !ws[k - 1].punct && !ws[k - 1].upper &&
            has_tag(sp.lexs, WordTags::complement, w.low) && role_noun(ws[k - 1].low, sp) && !preposition_first) {
            std::size_t e = k + 1;
            while (e < ws.size() && !ws[e].punct && e - k <= 5 &&
                   (ws[e].upper || has_tag(sp.lexs, WordTags::article, ws[e].low) ||
                    (!stop_word(ws[e].low) && !has_tag(sp.lexs, WordTags::speech_verb | WordTags::cue_adverb, ws[e].low) &&
                     !date_word(ws[e].low, sp) && !time_word(ws[e].low, sp))))
                ++e;
            if (e > k + 1 && (e >= ws.size() || (ws[e].punct && ws[e].low != "'" && ws[e].low != "-")) &&
                !has_tag(sp.lexs, WordTags::article, ws[e - 1].low)) {
                last = k = e - 1;
                continue;
            }
        }
        // "sagte der Vorsitzende der SPD-Fraktion.", "sagte die Sprecherin des Verbands.": where nouns are capitalised,
        // a genitive's article after a role noun and capitalised words up to the clause's end are what the role is of
        // (genitive_role_complement_end). But "sagte der Minister der Nachrichtenagentur Reuters": the one told.
        if (k > first && sp.capitalised_nouns && !ws[k - 1].punct && ws[k - 1].upper && role_noun(ws[k - 1].low, sp) &&
            !preposition_first)
            if (const std::size_t e = genitive_role_complement_end(ws, k, sp); e != 0) {
                last = k = e;
                continue;
            }
        // ("the following questions": a stop word right after an article is inside its noun phrase; German reads its
        // lower-case words below)
        if (k > first && stop_word(w.low) && (sp.capitalised_nouns || !has_tag(sp.lexs, WordTags::article, ws[k - 1].low)))
            break;
        // German capitalises the nouns of the mention: a lower-case word that is no function word is the
        // verb of the next clause ("Nach Angaben der Staatsanwaltschaft Krefeld ging die Polizei").
        if (k > first && sp.capitalised_nouns && !w.upper && !sp.stopword(w.low) && !particle(w.low) &&
            !has_tag(sp.lexs, WordTags::article, w.low) && !has_tag(sp.lexs, WordTags::nationality, w.low) && !adjective_like(w.low))
            break;
        if (k - first >= 10)
            return std::nullopt;
        last = k;
    }
    // "dijo el sindicato Solidam el domingo": the article of the day cut after the name ends no mention. (quotes109)
    while (last > first && !ws[last].punct && !ws[last].upper && has_tag(sp.lexs, WordTags::article, ws[last].low))
        --last;
    if (utterance_phrase(ws, first, last))
        return std::nullopt;
    return std::make_pair(first, last);
}

bool Extractor::adjective_like(std::string_view w) {
    for (std::string_view end : {"e", "en", "er", "es", "em"})
        if (ends_after(w, end, 3))
            return true;
    return false;
}

namespace {

// "neuen", "alte", "veröffentlichten": a word with the ending of a German adjective after two bytes or more, for a
// lower-case word between an article and a capitalised noun, where little else stands ("einer neuen Studie";
// adjective_like wants a longer word, for places where other words stand).
bool attribute_like(std::string_view w) {
    for (std::string_view end : {"e", "en", "er", "es", "em"})
        if (ends_after(w, end, 2))
            return true;
    return false;
}

} // namespace

bool genitive_opener(const Word& w, const Speakers& sp) {
    return !w.punct && !w.upper &&
           (has_tag(sp.lexs, WordTags::article, w.low) || has_tag(sp.lexs, WordTags::complement, w.low) ||
            in_list(sp.lexs, "indefinite_words", w.low));
}

// "einem im März veröffentlichten Bericht", "dem vom Rat gewählten Vorstand", "den meisten Experten": where nouns are
// capitalised, the lower-case words after an article (an adjective, or a participle with its complement, whose own
// nouns follow a preposition) stand before the phrase's noun and belong to it: the index of that noun (the first
// capitalised word after a lower-case word that is no preposition nor article: an adjective's), else `a` itself.
std::size_t Extractor::past_attributes(const std::vector<Word>& ws, std::size_t a) const {
    if (!capitalised_nouns_here() || a >= ws.size() || ws[a].punct || ws[a].upper)
        return a;
    for (std::size_t k = a + 1; k < ws.size() && k < a + 6 && !ws[k].punct; ++k)
        if (ws[k].upper && !ws[k - 1].upper && !has_tag(sp.lexs, WordTags::preposition, ws[k - 1].low) &&
            !has_tag(sp.lexs, WordTags::article, ws[k - 1].low))
            return attribute_like(ws[k - 1].low) && !sp.stopword(ws[k - 1].low) ? k : a;
    return a;
}

} // namespace archive::quoting

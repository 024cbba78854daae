// The mention of the speaker around a cue: the words after it (mention_after) and before it (mention_before);
// quote_according.cpp reads the one after "according to"; quote_people.cpp resolves a mention to a speaker.
#include "lexicon.hpp"
#include "quote_ages.hpp"
#include "quote_cues.hpp"
#include "quote_descriptions.hpp"
#include "quote_extractor.hpp"
#include "quote_first_person.hpp"
#include "quote_inner_particles.hpp"
#include "quote_lone_names.hpp"
#include "quote_name_bodies.hpp"
#include "quote_nouns.hpp"
#include "quote_trades.hpp"
#include "quote_word_tags.hpp"
#include "text.hpp"

#include <algorithm>
#include <cstdint>

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

namespace {

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

} // namespace

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
        if (k > first && !w.upper && has_tag(sp.lexs, WordTags::cue_adverb, w.low) &&
            (k + 1 >= ws.size() || ws[k + 1].punct || stop_word(ws[k + 1].low))) {
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

std::optional<std::pair<std::size_t, std::size_t>> Extractor::subject_before_comma(const std::vector<Word>& ws,
                                                                                  std::size_t comma) const {
    // (the clause before the comma: up to eleven words, none of them a mark)
    std::size_t p = comma;
    while (p > 0 && !ws[p - 1].punct && comma - p < 12)
        --p;
    if (p + 1 >= comma || (p > 0 && !ws[p - 1].punct))
        return std::nullopt;
    auto name_run = [&ws](std::size_t from, std::size_t end) {
        std::size_t n = from;
        while (n < end && ws[n].upper && !ws[n].punct)
            ++n;
        return n;
    };
    if (ws[p].upper && (p == 0 || ws[p - 1].low != ",")) {
        // "Patricia Elizondo celebró ...": a name of two capitalised words or more opens the clause
        const std::size_t n = name_run(p, comma);
        if (n >= p + 2 && n < comma && !ws[n].upper)
            return std::make_pair(p, n - 1);
        return std::nullopt;
    }
    // ", Patricia Elizondo, celebró ...": a lower-case verb after a name set off by commas
    if (ws[p].upper || p < 3 || ws[p - 1].low != ",")
        return std::nullopt;
    std::size_t q = p - 1;
    while (q > 0 && !ws[q - 1].punct && p - 1 - q < 4)
        --q;
    if (q + 2 > p - 1 || name_run(q, p - 1) != p - 1 || (q > 0 && ws[q - 1].low != ","))
        return std::nullopt;
    std::size_t first = q;
    if (q >= 2) {
        std::size_t d = q - 1;
        while (d > 0 && !ws[d - 1].punct && q - 1 - d < 8)
            --d;
        if (d < q - 1 && (d == 0 || ws[d - 1].punct))
            first = d;
    }
    return std::make_pair(first, p - 2);
}

// "Consumer groups welcomed the fine but said", "Several consumer groups welcomed ...", "Varios sindicatos rechazaron
// el plan y advirtieron", "Los sindicatos celebraron la medida pero advirtieron", "Les syndicats ont salué ... mais ont
// averti", "I sindacati hanno accolto ... ma hanno avvertito": lower-case words from `n` (after the one capitalised
// word or the article opening a sentence), one of them with a plural noun's ending ([plural_noun_ending_words]: en "s", it
// "i") right before a verb (an ending of [plural_head_verb_ending_words], en "ed", es "n"; or an auxiliary) are a common
// noun in the plural with its adjectives: that noun ends the subject, which names no one. The index of the noun (from
// `n`, before `last`), else 0 (a person the page knows, "Lund plays ...", is read as a name).
std::size_t Extractor::plural_head(const std::vector<Word>& ws, std::size_t n, std::size_t last) const {
    if (n == 0 || n + 1 >= last || sp.find_by_last_name(ws[n - 1].low) >= 0)
        return 0;
    auto ends_in = [this](std::string_view w, const char* section, std::size_t more) {
        for (const Lexicon* lex : sp.lexs)
            for (const auto& end : entries_of(lex, section))
                if (ends_after(w, end, more))
                    return true;
        return false;
    };
    for (std::size_t h = n; h + 1 < last && h < n + 3; ++h) {
        const Word& w = ws[h];
        if (w.punct || w.upper || sp.stopword(w.low) || adverb(w.low))
            return 0;
        const Word& v = ws[h + 1];
        if (ends_in(w.low, "plural_noun_ending_words", 3) && !v.punct && !v.upper &&
            (ends_in(v.low, "plural_head_verb_ending_words", 1) || has_tag(sp.lexs, WordTags::auxiliary, v.low)))
            return h;
    }
    return 0;
}

bool Extractor::adverb(std::string_view w) const {
    return ending_adverb(w, sp.lexs);
}

bool Extractor::clause_break(std::string_view p) {
    return p == "." || p == "!" || p == "?" || p == ";" || p == ":" || p == "\"" || p == "“" || p == "”" ||
           p == "«" || p == "»" || p == "„" || p == "(" || p == ")";
}

// "comme l'a dit", "como dijo", "come ha spiegato", "as said": a word of [comparative_opener_words] before the cue
// at word `ci`, with only auxiliaries, clitics and apostrophes between, opens a clause whose subject follows the cue.
bool Extractor::comparative_cue(const std::vector<Word>& ws, std::size_t ci) const {
    const auto& lexs = sp.lexs;
    for (std::size_t j = ci, d = 0; j > 0 && d < 4; --j, ++d) {
        const Word& w = ws[j - 1];
        if (!w.punct && in_list(lexs, "comparative_opener_words", w.low))
            return true;
        if (w.punct && (w.low == "'" || w.low == "’"))
            continue;
        // "l'a" may be one word: its part after the apostrophe is the auxiliary.
        std::string_view v = w.low;
        for (std::string_view a : {std::string_view("'"), std::string_view("’")})
            if (auto at = v.find(a); at != std::string_view::npos && in_list(lexs, "clitics", v.substr(0, at)))
                v = v.substr(at + a.size());
        // ("comme le dit Youssef": an object pronoun spelt as an article, [verb_clitic_words], right before the cue)
        if (w.punct || !(has_tag(lexs, WordTags::auxiliary, v) || in_list(lexs, "clitics", v) ||
                         (j == ci && in_list(lexs, "verb_clitic_words", v))))
            return false;
    }
    return false;
}

std::size_t Extractor::joined_subject(const std::vector<Word>& ws, std::size_t first, std::size_t last) const {
    // "Les élus et les soignants": on the far side of "and", an article or so and one noun, no name, pronoun nor
    // adverb, right after the start of the clause or a comma ("Prices rose and analysts said": two words, a verb
    // among them, are no subject).
    if (first < 2 || ws[first - 1].punct || !in_list(sp.lexs, "subject_and_words", ws[first - 1].low))
        return first;
    char g = 'x';
    if (sp.pronoun(ws[first].low, g))
        return first;
    std::size_t noun = first - 2, f = noun;
    while (f > 0 && !ws[f - 1].punct && has_tag(sp.lexs, WordTags::article, ws[f - 1].low))
        --f;
    const Word& n = ws[noun];
    if ((f > 0 && !ws[f - 1].punct) || n.punct || sp.stopword(n.low) ||
        sp.pronoun(n.low, g) || adverb(n.low) || has_tag(sp.lexs, WordTags::cue_adverb, n.low) ||
        in_list(sp.lexs, "sentence_openers", n.low))
        return first;
    // No name may begin before the subject's own words ("Vale and aides said"), nor run over "and": such a name is a
    // person of its own, and the speaker stays the one of the words after it.
    std::vector<Word> sub(ws.begin() + static_cast<std::ptrdiff_t>(f),
                          ws.begin() + static_cast<std::ptrdiff_t>(last + 1));
    for (const NameSpan& nm : names_in(sub, sp))
        if (f + nm.first < first)
            return first;
    return f;
}

namespace {

// "A paediatrician who asked not to be named because she was not authorised to speak said", "Un médico que pidió no
// ser identificado porque temía represalias dijo", "A nurse who had worked the night shift told": an indefinite
// article opening the sentence (after a clause's end), a noun of one to four lower-case words (no verb), then a
// relative word ([relative_words], or "that", "que", "che") whose clause runs without a mark up to the cue: the whole
// phrase, from the article to the word `last` before the cue, is the subject, someone the text does not name; not
// the subject of a clause inside it ("she was not authorised to speak"). Its first word (`from`: the first word of
// the mention found so far, after a word), else npos.
std::size_t relative_subject(const std::vector<Word>& ws, std::size_t from, std::size_t last, const Speakers& sp) {
    const std::size_t longest = 32, most_noun_words = 4;
    std::size_t o = from;
    while (o > 0 && !ws[o - 1].punct && last - o < longest)
        --o;
    if (o > 0 && !(ws[o - 1].punct && Extractor::clause_break(ws[o - 1].low)))
        return std::string_view::npos;
    const bool indefinite = in_list(sp.lexs, "indefinite_words", ws[o].low);
    if (!indefinite && !has_tag(sp.lexs, WordTags::article, ws[o].low))
        return std::string_view::npos;
    for (std::size_t r = o + 1; r < last && r <= o + most_noun_words; ++r) {
        const Word& w = ws[r];
        if (in_list(sp.lexs, "relative_words", w.low) || in_list(sp.lexs, "that", w.low)) {
            if (r == o + 1)
                return std::string_view::npos;
            // ("The water company that runs the site said": a definite article opens it only where the clause is a
            // verb and its object, an article or a preposition after the verb; "The claim that officials said",
            // "the plan that the mayor said" have the cue's own subject after the relative word)
            for (std::size_t k = r + 2; k <= last && !indefinite; ++k)
                if (word_tags(sp.lexs).of(ws[k]) & (WordTags::article | WordTags::preposition))
                    return ws[r + 1].upper || ws[r + 1].punct || sp.stopword(ws[r + 1].low) ? std::string_view::npos
                                                                                            : o;
            return indefinite ? o : std::string_view::npos;
        }
        const std::uint16_t tags = word_tags(sp.lexs).of(w);
        if ((w.upper && !sp.capitalised_nouns) || sp.stopword(w.low) ||
            (tags & (WordTags::auxiliary | WordTags::speech_verb)) != 0)
            return std::string_view::npos;
    }
    return std::string_view::npos;
}

} // namespace

namespace {

// A lower-case finite helper verb of the page's language ([finite_helper_words]: "hat", "soll", "has", "a").
bool helper_word(const Word& w, const Speakers& sp) {
    return !w.punct && !w.upper && in_list(sp.lexs, "finite_helper_words", w.low);
}

// "Der Verein Pro Schiene begrüßte den Streik nicht, forderte aber „Q“", "The group Green Rails has welcomed the
// deal, then called it “Q”", "Le maire Jean Roux a salué l'accord, puis a demandé « Q »": the clause before the
// comma that names the subject of a verb after it goes on past the name with the name's own verb (a finite helper;
// where nouns are capitalised, the first lower-case word after the name, no small word, preposition or article):
// the subject ends with the name. The index in `head` of the name's last word, else nothing ("John Roe of the
// union": a preposition; "Throgs Neck resident Ann Roe": a noun in lower case; "Ann Roe": no more).
std::optional<std::size_t> own_verb_after_name(const std::vector<Word>& head, const NameSpan& name,
                                               const Speakers& sp) {
    const std::size_t v = name.last + 1;
    if (name.first > 4 || v >= head.size() || head[v].punct || head[v].upper)
        return std::nullopt;
    const Word& w = head[v];
    if (helper_word(w, sp))
        return name.last;
    // (where nouns are written in lower case the word may be a noun the name describes: "the New York businessman")
    if (!sp.capitalised_nouns)
        return std::nullopt;
    const unsigned small = WordTags::preposition | WordTags::article | WordTags::complement;
    if (sp.stopword(w.low) || (word_tags(sp.lexs).of(w) & small) != 0)
        return std::nullopt;
    return name.last;
}

} // namespace

// The words first..last before a cue, read as its subject, lose a finite helper verb and what follows it: one opening
// them stands before the subject ("„Q“, soll der Bürgermeister gesagt haben", "Dann hat der Minister erklärt"); one
// after the subject's words ends it, the words after it being the verb's adverbials ("Der Landrat hat am Montag
// gesagt", "Die Ministerin hatte schon in der Woche gewarnt", "The mayor has long said"). But where the words before
// the helper are an adverbial (opened by a preposition, an adverb or a figure, or closed by a time adverb: "Vor zwei
// Jahren hatte Beckham gesagt", "Bereits im Mai hatte die Gewerkschaft erklärt", "Zwei Jahre zuvor hat er erklärt")
// or the end of another clause (a mark among them: "…, aber vielleicht müssen Journalisten so ticken"),
// the subject follows the helper (a pronoun there is the subject alone). And where nouns are lower-case, a capitalised
// word after the helper ("Thursday's walk-ins were the third time AROS held") may be the subject: the words are cut
// only when those before the helper hold a name. Then a time phrase closing the words ("wie der Stadtrat am Freitag
// bestätigte", "as the council on Monday confirmed": a preposition, up to two small words or figures, a weekday, a
// month or a time of the day) is no part of the subject either. (Where the language is unknown every list is read,
// and "a" may be an article: nothing is cut.)
void helper_bounds(const std::vector<Word>& ws, std::size_t& first, std::size_t& last, const Speakers& sp) {
    if (sp.lexs.size() != 1)
        return;
    if (first < last && helper_word(ws[first], sp))
        ++first;
    const WordTags& tags = word_tags(sp.lexs);
    for (std::size_t j = first + 1; j <= last; ++j) {
        if (!helper_word(ws[j], sp))
            continue;
        const Word& f = ws[first];
        const bool adverbial =
            (tags.of(f) & (WordTags::preposition | WordTags::cue_adverb)) || text::is_digit(static_cast<unsigned char>(f.low.front())) ||
            opening_adverb_at(ws, first, sp.lexs) != 0 || (!f.upper && ending_adverb(f.low, sp.lexs)) ||
            (j >= first + 2 && !ws[j - 1].upper && (tags.of(ws[j - 1]) & WordTags::cue_adverb)) ||
            std::any_of(ws.begin() + static_cast<std::ptrdiff_t>(first), ws.begin() + static_cast<std::ptrdiff_t>(j),
                        [](const Word& w) { return w.punct; });
        if (adverbial) {
            char g = 'x';
            first = j + 1;
            if (first <= last && sp.pronoun(ws[first].low, g))
                last = first;
            break;
        }
        bool cut = true;
        if (!sp.capitalised_nouns)
            for (std::size_t k = j + 1; k <= last && cut; ++k)
                if (ws[k].upper && !ws[k].punct)
                    cut = !names_in(std::vector<Word>(ws.begin() + static_cast<std::ptrdiff_t>(first),
                                                      ws.begin() + static_cast<std::ptrdiff_t>(j)),
                                    sp)
                               .empty();
        if (cut)
            last = j - 1;
        break;
    }
    // (a time phrase: its words before the time word are small words or figures)
    if (first + 2 <= last && ws[last].upper && time_word(ws[last].low, sp)) {
        std::size_t p = last;
        while (p > first + 1 && last - p < 3 && !ws[p - 1].upper && !ws[p - 1].punct &&
               !(tags.of(ws[p - 1]) & WordTags::preposition) &&
               (sp.stopword(ws[p - 1].low) || text::is_digit(static_cast<unsigned char>(ws[p - 1].low.front()))))
            --p;
        if (p > first + 1 && (tags.of(ws[p - 1]) & WordTags::preposition))
            last = p - 2;
    }
    // "wie Stadtwerke-Sprecher Felix Hartmann auf Anfrage bestätigte": a phrase of the cue's ([cue_adverb_phrases],
    // two or three words, opened by a preposition) closing the words is no part of the subject either. (quotes109)
    for (std::size_t p = last; p > first + 1 && last - p < 3; --p)
        if (!ws[p].punct && (tags.of(ws[p - 1]) & WordTags::preposition) &&
            listed_phrase_at(ws, p - 1, sp.lexs, "", "cue_adverb_phrases") == last - p + 2) {
            last = p - 2;
            break;
        }
}

std::optional<std::pair<std::size_t, std::size_t>> Extractor::mention_before(const std::vector<Word>& ws,
                                                                           std::size_t cue) {
    if (cue == 0 || comparative_cue(ws, cue))
        return std::nullopt; // "comme l'a dit X": the opener and the auxiliary are no subject
    // "In March 2019 I wrote", "En mars 2019, j'ai écrit": the writer's "I" before the cue is the subject alone
    if (const auto fp = first_person_subject(ws, cue, sp.lexs))
        return std::make_pair(*fp, *fp);
    std::size_t last = cue - 1;
    // ("Youssef Benali le dit": an object pronoun spelt as an article right before the cue, [verb_clitic_words])
    if (last > 0 && !ws[last].punct && in_list(sp.lexs, "verb_clitic_words", ws[last].low))
        --last;
    while (last > 0 && !ws[last].punct && in_list(sp.lexs, "clitics", ws[last].low))
        --last;
    // "Un berger de Sarnac m'a dit", "le maire l'a dit": a clitic elided before the auxiliary, one word with it, is
    // no part of the subject either.
    while (last > 0 && !ws[last].punct && after_elision(ws[last].low).size() < ws[last].low.size() &&
           has_tag(sp.lexs, WordTags::auxiliary, after_elision(ws[last].low)))
        --last;
    // "Mein Nachbar aus Wil hat mir gesagt": an auxiliary before the clitics that precede the participle is no part of
    // the subject either.
    if (last + 1 < cue && last > 0 && !ws[last].punct && has_tag(sp.lexs, WordTags::auxiliary, ws[last].low)) {
        --last;
        while (last > 0 && !ws[last].punct && in_list(sp.lexs, "clitics", ws[last].low))
            --last;
    }
    // (a clitic or an auxiliary stood between the subject and the cue, or an object pronoun ([object_pronoun_words])
    // follows the cue: "m'a dit", "mi ha detto", "hat mir gesagt", "told me": the cue names the person told; so does
    // a cue opened by its elided clitic, "m'a dit" read whole)
    const bool told = last + 1 < cue || (cue < ws.size() && after_elision(ws[cue].low).size() < ws[cue].low.size()) ||
                      (cue + 1 < ws.size() && !ws[cue + 1].punct && in_list(sp.lexs, "object_pronoun_words", ws[cue + 1].low));
    // "La Soprintendenza, interpellata, ha fatto sapere", "Le ministère, contacté, a indiqué", "Das Ministerium,
    // angefragt, teilte mit": a participle of asking ([asked_participle_words]) set off by commas between the subject
    // and the verb is no part of the subject.
    if (last >= 3 && ws[last].low == "," && ws[last - 2].low == "," && !ws[last - 1].punct && !ws[last - 1].upper &&
        !ws[last - 3].punct && in_list(sp.lexs, "asked_participle_words", ws[last - 1].low))
        last -= 3;
    if (ws[last].low == ")") {
        std::size_t o = last;
        while (o > 0 && ws[o].low != "(" && last - o < 6)
            --o;
        if (ws[o].low == "(" && o > 0)
            last = o - 1;
    }
    // "Ann Roe, the head of the trust, firmly told", "Tom Vale, the mayor, then said": an adverb between the
    // apposition and the verb.
    if (last >= 3 && !ws[last].punct && ws[last - 1].low == "," &&
        (adverb(ws[last].low) || has_tag(sp.lexs, WordTags::cue_adverb, ws[last].low)))
        --last;
    // "Lena Gruber, a 29-year-old nurse who grew up here, said": the name before the apposition.
    if (ws[last].low == "," && last >= 2) {
        std::size_t c = last - 1;
        while (c > 0 && ws[c].low != "," && !(ws[c].punct && ws[c].low != ",") && last - c < 14)
            --c;
        // "Mon voisin de Vic, qui fait ce métier depuis quarante ans, m'a dit", "My neighbour, who has farmed here
        // for forty years, told me", "Mein Nachbar, der seit Jahren Wein anbaut, hat mir gesagt": a relative clause
        // set off by commas before the cue (where nouns are capitalised, an article opens it and a lower-case verb
        // closes it); the noun phrase opening the clause before it (an article, a possessive or an indefinite word
        // first, no verb) is the subject.
        if (ws[c].low == "," && c + 2 < last &&
            (in_list(sp.lexs, "relative_words", ws[c + 1].low) ||
             (capitalised_nouns_here() && has_tag(sp.lexs, WordTags::article, ws[c + 1].low) && !ws[last - 1].upper))) {
            std::size_t o = c;
            while (o > 0 && !ws[o - 1].punct && c - o < 8)
                --o;
            bool plain = o < c && (o == 0 || ws[o - 1].punct) &&
                         (has_tag(sp.lexs, WordTags::article, ws[o].low) ||
                          in_list(sp.lexs, "possessive_determiner_words", ws[o].low) ||
                          in_list(sp.lexs, "indefinite_words", ws[o].low));
            for (std::size_t j = o; j < c && plain; ++j)
                plain = !(word_tags(sp.lexs).of(ws[j]) & (WordTags::auxiliary | WordTags::speech_verb));
            // ("Eine Anwohnerin, die nur ihren Vornamen Janet nennen wollte, sagte": a clause giving the subject's
            // given name, after_given_name_phrase, names her: the mention goes on to the name)
            for (std::size_t j = c + 3; j < last && plain; ++j)
                if (!ws[j].punct && ws[j].upper && after_given_name_phrase(ws, j, sp))
                    return std::make_pair(o, j);
            if (plain)
                return std::make_pair(o, c - 1);
        }
        // ("Un joven marinero, Iván P., de 24 años, contó": a surname's initial with its dot ends the name)
        const bool initial = ws[c].low == "," && c >= 3 && ws[c - 1].low == "." && initial_surname_end(ws, c - 3, sp) == c - 1;
        if (initial || (ws[c].low == "," && c >= 1 && ws[c - 1].upper && !ws[c - 1].punct)) {
            std::size_t f = initial ? c - 3 : c - 1;
            while (f > 0 && ws[f - 1].upper && !ws[f - 1].punct)
                --f;
            if (f == 0 || ws[f - 1].punct)
                return std::make_pair(f, last - 1);
            // "My neighbour Tomasz, who keeps the copy, put it", "Mon voisin Tomasz, qui garde la copie, a dit": a
            // possessive or an article and a noun or two before the name, then a relative clause (no preposition: "The
            // mayor of Springfield, ..." names a place): the subject without its relative clause.
            if (const std::size_t g = f > 3 ? f - 3 : 0;
                f >= 2 && !ws[f - 1].upper && in_list(sp.lexs, "relative_words", ws[c + 1].low)) {
                std::size_t o = f - 1;
                while (o > g && !ws[o - 1].punct && !ws[o].upper)
                    --o;
                bool plain = (o == 0 || ws[o - 1].punct) && (has_tag(sp.lexs, WordTags::article, ws[o].low) ||
                                                             in_list(sp.lexs, "possessive_determiner_words", ws[o].low));
                for (std::size_t j = o + 1; j < f && plain; ++j)
                    plain = !ws[j].punct && !ws[j].upper && !has_tag(sp.lexs, WordTags::preposition, ws[j].low);
                if (plain)
                    return std::make_pair(o, c - 1);
            }
        }
        // "Der Sprecher des Programms, Tomson Phiri, teilte mit": a name set off by commas after the
        // description that opens the clause.
        // ("O coordenador estadual da Defesa Civil, coronel Ricardo Amaral, disse": a rank or a title, lower-case
        // right after the comma, opens the name; "El concejal, Tomás de las Heras, dijo": so do its particles)
        // ("Une habitante du troisième étage, Fatima, raconte", "Una vecina, Carmen, cuenta": a given name alone)
        bool name_between = ws[c].low == "," && ((last - c >= 3 && last - c <= 5) ||
                                                 (last - c == 2 && given_name_alone(ws, c + 1, sp)));
        for (std::size_t j = c + 1; name_between && j < last; ++j)
            name_between = !ws[j].punct && (ws[j].upper || particle_after(ws[j - 1].low, ws[j].low) ||
                                            (j == c + 1 && j + 2 < last && person_title(sp.lexs, ws[j].low) != 0));
        // ("El ponente, el magistrado José Antonio Mora, subraya", "O relator, o desembargador Rui Lopes, afirmou": a
        // second description, an article and a role noun, before the name: titled_apposition; quotes80)
        if (const std::size_t n = ws[c].low == "," && !name_between ? titled_apposition(ws, c + 1, sp) : 0;
            n != 0 && n > c + 1 && last >= n + 2 && last <= n + 4) {
            name_between = true;
            for (std::size_t j = n; name_between && j < last; ++j)
                name_between = !ws[j].punct && (ws[j].upper || particle_after(ws[j - 1].low, ws[j].low));
        }
        // ("A idealizadora, a Jéssica Prado, disse", "La fondatrice, la Anna Ferri, ha detto": an article before a
        // name of two or three capitalised words, no body's word nor acronym among them)
        if (!name_between && ws[c].low == "," && last - c >= 4 && last - c <= 5 &&
            has_tag(sp.lexs, WordTags::article, ws[c + 1].low) &&
            !in_list(sp.lexs, "indefinite_words", ws[c + 1].low)) {
            name_between = true;
            for (std::size_t j = c + 2; name_between && j < last; ++j)
                name_between = !ws[j].punct && ws[j].upper && !ws[j].acronym &&
                               !in_list(sp.lexs, "body_words", ws[j].low);
        }
        if (name_between) {
            std::size_t g = c;
            while (g > 0 && !ws[g - 1].punct && c - g < 12)
                --g;
            if (g == 0 || ws[g - 1].punct)
                return std::make_pair(g, last - 1);
            return std::make_pair(c + 1, last - 1);
        }
        // "Party nominee Jane Doe, at a later press briefing, said,", "John Roe, president
        // of the union, which represents nurses, said": the first comma-set part of the clause names
        // the subject when it holds a name.
        std::size_t g = last;
        while (g > 0 && last - g < 30 && !(ws[g - 1].punct && clause_break(ws[g - 1].low)))
            --g;
        if (g == 0 || clause_break(ws[g - 1].low)) {
            std::size_t e = g;
            while (e < last && ws[e].low != ",")
                ++e;
            if (e > g && e - g <= 8) {
                std::vector<Word> head(ws.begin() + static_cast<std::ptrdiff_t>(g),
                                       ws.begin() + static_cast<std::ptrdiff_t>(e));
                if (const auto names = names_in(head, sp); !names.empty())
                    return std::make_pair(g, g + own_verb_after_name(head, names.front(), sp).value_or(e - 1 - g));
            } else if (e > g) {
                // "Party nominee Jane Doe weighed in on the radio on Monday, saying": a longer part is the
                // subject and its verb's words; a name among its first words, a few of a description before it,
                // ends the subject.
                std::vector<Word> head(ws.begin() + static_cast<std::ptrdiff_t>(g),
                                       ws.begin() + static_cast<std::ptrdiff_t>(g + 8));
                auto names = names_in(head, sp);
                if (!names.empty() && names.front().first <= 4)
                    return std::make_pair(g, g + names.front().last);
            }
        }
        // "One of the passengers, retired teacher Ann Roe, 71, said", "Une passagère, l'institutrice Anne Roux, 71 ans,
        // a déclaré": an age set off by commas after the name (age_aside) is read as if the name closed the apposition,
        // then kept in the mention as the name's ("Ann Roe, 71").
        if (ws[c].low == "," && c >= 2 && ws[c - 1].upper && !ws[c - 1].punct &&
            !age_aside(ws, c + 1, last, sp).empty())
            if (auto m = mention_before(ws, c + 1); m && m->second == c - 1)
                return std::make_pair(m->first, last - 1);
        return std::nullopt;
    }
    if (ws[last].punct)
        return std::nullopt;
    // "a review published on Tuesday which says “Q”", "un rapport publié mardi qui affirme": a relative word
    // ([relative_words]) right before the cue is its subject; the words before it name its antecedent, not who speaks.
    // ("que", "che" are also the word "that": a relative pronoun only right after a comma, "el alcalde, que lo
    // calificó") A relative word after a comma stands for the words before it ("il capogruppo al Senato, che ha parlato
    // di"): they are the mention, where they name someone (antecedent); a function word alone names no one.
    // ("l'allenatore Paolo Sala, che poi ha aggiunto", "el técnico, que luego añadió": an adverb of the cue's,
    // [cue_adverbs], may stand between the relative word and the verb)
    std::size_t rel = last;
    if (rel > 0 && !ws[rel].upper && has_tag(sp.lexs, WordTags::cue_adverb, ws[rel].low) && !ws[rel - 1].punct &&
        in_list(sp.lexs, "relative_words", ws[rel - 1].low))
        --rel;
    if (in_list(sp.lexs, "relative_words", ws[rel].low) &&
        (!in_list(sp.lexs, "that", ws[rel].low) || (rel > 0 && ws[rel - 1].low == ","))) {
        if (rel >= 2 && ws[rel - 1].low == ",")
            if (auto a = antecedent(ws, rel - 1))
                return a;
        return std::make_pair(rel, rel);
    }
    // "wie sie selbst sagte": a pronoun and its stressing word ([intensifier_words]) are the subject, also where
    // the stressing word opens clauses elsewhere ("selbst wenn").
    if (char g = 'x'; last > 0 && !ws[last - 1].punct && in_list(sp.lexs, "intensifier_words", ws[last].low) &&
                      sp.pronoun(ws[last - 1].low, g))
        return std::make_pair(last - 1, last);
    // "Die CCE bestätigte die Zahl nicht und nannte", "Trump skipped the event and said": the subject
    // of a coordinated verb opens the clause.
    if (in_list(sp.lexs, "sentence_openers", ws[last].low) && last > 0) {
        std::size_t c = last;
        // ("The drivers' union Wheelwork welcomed the reform but called": past a plural possessive before a body)
        while (c > 0 && (!ws[c - 1].punct || group_owner_apostrophe(ws, c - 1, sp)) && last - c < 25)
            --c;
        // "Patricia Elizondo celebró la medida, aunque advirtió", "La gobernadora de Sonora, Patricia Elizondo,
        // celebró la medida, aunque advirtió": a conjunction right after a comma joins a second verb to the clause
        // before it, whose subject it shares: the capitalised words opening that clause, or the name set off by
        // commas right before its verb, with the description before the name.
        if (c == last && c >= 2 && ws[c - 1].low == ",")
            if (const auto shared = subject_before_comma(ws, c - 1))
                return shared;
        // "La alcaldesa, Marta Ruiz, celebró la medida y advirtió", "The mayor, Jane Roe, welcomed the plan and
        // said": with no comma before the conjunction, the clause it closes opens on the first verb, lower-case after
        // the comma closing a name set off by commas: that name (with the description before it) is the subject.
        if (c < last && c >= 2 && ws[c - 1].low == "," && !ws[c].upper)
            if (const auto shared = subject_before_comma(ws, last))
                return shared;
        if (c == 0 || ws[c - 1].punct) {
            std::size_t f = c;
            while (f < last && in_list(sp.lexs, "sentence_openers", ws[f].low))
                ++f;
            // "Dennoch räumt sie Fehler ein und gibt an": a sentence adverb (sentence_adverb_at) opening the
            // clause is no subject; where a lower-case word (the verb) follows it, the subject comes after that.
            if (const std::size_t n = f < last ? sentence_adverb_at(ws, f, sp.lexs) : 0; n != 0 && f + n <= last) {
                f += n;
                if (f + 1 < last && !ws[f].upper && !ws[f].punct && !ws[f + 1].punct &&
                    !has_tag(sp.lexs, WordTags::article, ws[f].low) && !sp.stopword(ws[f].low))
                    ++f;
            }
            char g = 'x';
            if (sp.pronoun(ws[f].low, g))
                return std::make_pair(f, f);
            std::size_t e = f;
            while (e < last && (has_tag(sp.lexs, WordTags::article, ws[e].low) || sp.stopword(ws[e].low)) && !ws[e].upper)
                ++e;
            if (e == f && e < last && has_tag(sp.lexs, WordTags::article, ws[e].low))
                ++e; // "Die CCE": a capitalised article
            std::size_t n = e;
            while (n < last && ws[n].upper && !ws[n].punct && !(sp.capitalised_nouns && common_noun(ws[n].low, sp)))
                ++n;
            // "Opposition transport spokesman Mark Haddad welcomed the plan but said", "Le porte-parole Marc Roux a
            // salué le plan mais a dit": lower-case words of a description closed by a role noun or a title, then a
            // name, go on from the article or the capitalised words opening the clause: the subject ends with the name.
            // (German capitalises the description's nouns: the run above reads it)
            if (n > f && n + 2 < last && !ws[n].upper && !sp.capitalised_nouns) {
                std::size_t r = n;
                while (r < last && r < n + 3 && !ws[r].punct && !ws[r].upper && !sp.stopword(ws[r].low))
                    ++r;
                if (r > n && r < last && (role_noun(ws[r - 1].low, sp) || person_title(sp.lexs, ws[r - 1].low) != 0)) {
                    std::vector<Word> head(ws.begin() + static_cast<std::ptrdiff_t>(r),
                                           ws.begin() + static_cast<std::ptrdiff_t>(last));
                    const auto names = names_in(head, sp);
                    if (!names.empty() && names.front().first == 0)
                        return std::make_pair(f, r + names.front().last);
                    // ("O vereador da oposição Henrique Lopes votou contra e acusou", "The leader of the opposition
                    // Jane Roe voted against and called": the role's complement, [complement_words], its articles and
                    // one lower-case noun of what the role is of, then the name; not "The head of the union met Jane
                    // Roe and said": two nouns, a verb among them)
                    if (!names.empty() && names.front().first >= 2 && names.front().first <= 5 &&
                        has_tag(sp.lexs, WordTags::complement, head[0].low)) {
                        std::size_t nouns = 0;
                        for (std::size_t j = 1; j < names.front().first; ++j)
                            nouns += head[j].punct || head[j].upper ? 2
                                     : has_tag(sp.lexs, WordTags::article, head[j].low) || sp.stopword(head[j].low) ? 0
                                                                                                                   : 1;
                        if (nouns == 1)
                            return std::make_pair(f, r + names.front().last);
                    }
                }
            }
            // ("The drivers' union Wheelwork welcomed the reform but called": a plural possessive, a body's noun and
            // the capitalised words of its name)
            if (n == e && e + 3 < last && group_owner_apostrophe(ws, e + 1, sp)) {
                std::size_t m = e + 3;
                while (m < last && ws[m].upper && !ws[m].punct)
                    ++m;
                return std::make_pair(f, m - 1);
            }
            if (n == e + 1 && (e == 0 || ws[e - 1].punct))
                if (const std::size_t head = plural_head(ws, n, last); head != 0)
                    return std::make_pair(f, head);
            // "Los sindicatos celebraron ...", "Les syndicats ont salué ...": an article opening the clause, a
            // common noun in the plural after it.
            if (n == e && e > f)
                if (const std::size_t head = plural_head(ws, e, last); head != 0)
                    return std::make_pair(f, head);
            if (n > e)
                return std::make_pair(f, n - 1);
        }
        return std::nullopt;
    }
    std::size_t first = last;
    // "... pretoriana y el jurista Carlos Nino llamó": a conjunction bounds the subject like a comma, and so
    // does the word opening a subordinate clause ("an explosion that Mayor Jane Doe described as", "the plan which
    // Mayor Jane Doe called", "the cuts are what several lawmakers called").
    // (a free relative word is a stopword: only those are asked for one)
    const WordTags& tags = word_tags(sp.lexs);
    // A relative word ([relative_words]) bounds it before the noun phrase of its clause ("which Mayor Jane Doe
    // called", "in which the billionaire suggested", "which he called"), not before its own verb ("a woman who took
    // pills has described", "whose members are ... said"): there the subject is the phrase it belongs to.
    auto bound = [this, &tags, &ws](std::size_t j) {
        const Word& w = ws[j];
        char g = 'x';
        const bool relative = in_list(sp.lexs, "relative_words", w.low) && j + 1 < ws.size() && !ws[j + 1].punct &&
                              (ws[j + 1].upper || has_tag(sp.lexs, WordTags::article, ws[j + 1].low) ||
                               sp.pronoun(ws[j + 1].low, g));
        // "der Plan sei, wie Berg sagte": a comparative opener ([comparative_opener_words]) bounds it too, and so
        // does a relative adverb ([relative_adverb_words]: "where Jean tells", "où Jean répète", "wo Jens sagt").
        return relative || in_list(sp.lexs, "sentence_openers", w.low) || in_list(sp.lexs, "that", w.low) ||
               in_list(sp.lexs, "comparative_opener_words", w.low) ||
               in_list(sp.lexs, "relative_adverb_words", w.low) ||
               ((tags.of(w) & WordTags::stopword) && in_list(sp.lexs, "free_relative_words", w.low));
    };
    // ("Reuters’ Jane Roe said", "the Times' Ben Vale told": past the owner's bare apostrophe; "The Ministry for
    // Housing and Communities said": past the "and" inside a body's name; "The Taxpayers' Alliance said": past a
    // plural possessive inside one)
    // ("The Department for Environment, Food and Rural Affairs said": past the commas listing a body's fields; "The
    // drivers' union Wheelwork called": past a plural possessive before a body's noun and its name)
    // ("Forest and Bird spokesperson Liam Roe said": past the "and" inside an organisation's name before its member's
    // role, role_owner_joint)
    while (first > 0 &&
           (!ws[first - 1].punct || owner_apostrophe(ws, first - 1) || body_owner_apostrophe(ws, first - 1, sp) ||
            group_owner_apostrophe(ws, first - 1, sp) ||
            (ws[first - 1].low == "," && body_name_joint(ws, first - 1, sp) != 0)) &&
           last - first < 8 &&
           (!bound(first - 1) || body_name_joint(ws, first - 1, sp) != 0 || role_owner_joint(ws, first - 1, sp)))
        --first;
    if (first > 0 && !ws[first - 1].punct)
        if (const std::size_t o = relative_subject(ws, first, last, sp); o != std::string_view::npos)
            return std::make_pair(o, last);
    // "Late on Sunday during a long call with a radio host he blasted", "Dans un entretien il a dénoncé": a
    // subject pronoun ([subject_pronoun_words]) right before the verb is its subject, after a phrase of time or
    // place however long (a phrase opened by a preposition is no subject).
    const bool pronoun_last =
        last > 0 && !ws[last - 1].punct && in_list(sp.lexs, "subject_pronoun_words", ws[last].low);
    if (pronoun_last && ((first > 0 && !ws[first - 1].punct && !bound(first - 1)) ||
                         has_tag(sp.lexs, WordTags::preposition, ws[first].low)))
        return std::make_pair(last, last);
    if (first > 0 && !ws[first - 1].punct && !bound(first - 1)) {
        // "Un ancien collègue de mon père à la mairie de Vic m'a dit", "A former colleague of my father at the town
        // hall told me": before a cue naming the person told, a noun phrase of up to fourteen words opening the clause
        // with an article, a possessive or an indefinite word, no auxiliary (no verb of its own) among them, is the
        // subject; else too long to be one.
        if (!told)
            return std::nullopt;
        std::size_t f = first;
        while (f > 0 && !ws[f - 1].punct && last - f < 13 && !bound(f - 1))
            --f;
        if ((f > 0 && !ws[f - 1].punct) ||
            !(has_tag(sp.lexs, WordTags::article, ws[f].low) ||
              in_list(sp.lexs, "possessive_determiner_words", ws[f].low) ||
              in_list(sp.lexs, "indefinite_words", ws[f].low)))
            return std::nullopt;
        for (std::size_t j = f; j <= last; ++j)
            if (has_tag(sp.lexs, WordTags::auxiliary, ws[j].low) || has_tag(sp.lexs, WordTags::speech_verb, ws[j].low))
                return std::nullopt;
        first = f;
    }
    // "Gingrich cynically dismissed", "Ham also noted": an adverb before the verb is not the subject. (But "A lawyer
    // for the family said", "l'ancien chef du gouvernement a déclaré": a word of an adverb's ending in a complement,
    // after a preposition and perhaps its article, is its noun.)
    const auto noun_after = [&](std::size_t j) {
        constexpr std::uint16_t opener = WordTags::preposition | WordTags::complement;
        if (j == 0 || ws[j - 1].punct)
            return false;
        if (tags.of(ws[j - 1]) & opener)
            return true;
        return j >= 2 && !ws[j - 2].punct && (tags.of(ws[j - 1]) & WordTags::article) && (tags.of(ws[j - 2]) & opener);
    };
    while (last > first && !ws[last].upper &&
           (has_tag(sp.lexs, WordTags::cue_adverb, ws[last].low) || (adverb(ws[last].low) && !noun_after(last))))
        --last;
    // "... when he said", "and he urged": the subject follows the last conjunction of the span.
    for (std::size_t j = last; j > first; --j)
        if (in_list(sp.lexs, "sentence_openers", ws[j - 1].low) && body_name_joint(ws, j - 1, sp) == 0 &&
            !role_owner_joint(ws, j - 1, sp)) {
            first = j;
            break;
        }
    while (first < last && in_list(sp.lexs, "sentence_openers", ws[first].low))
        ++first;
    // "Trotzdem sagte er", "Tuttavia ha detto", "Poi ha detto": a sentence adverb or a time adverb
    // (opening_adverb_at) opening the clause is no subject.
    while (first <= last && (first == 0 || ws[first - 1].punct)) {
        const std::size_t n = opening_adverb_at(ws, first, sp.lexs);
        if (n == 0)
            break;
        first += n;
    }
    if (first > last)
        return std::nullopt;
    helper_bounds(ws, first, last, sp);
    if (first > last)
        return std::nullopt;
    // "despite admitting": no subject at all. Nor is a subordinating conjunction ([clause_conjunction_words]) before a
    // verb whose subject the language drops: "Jeszcze nie, choć przyznał, że ...", "Per ora no, sebbene ammette che
    // ...".
    bool content = false;
    for (std::size_t j = first; j <= last; ++j) {
        char g = 'x';
        content = content || sp.pronoun(ws[j].low, g) ||
                  (!sp.stopword(ws[j].low) && !in_list(sp.lexs, "sentence_openers", ws[j].low) &&
                   !in_list(sp.lexs, "clause_conjunction_words", ws[j].low));
    }
    if (!content)
        return std::nullopt;
    // "Élus et soignants dénoncent", "Doctors and nurses warn": a noun joined by "and" ([subject_and_words]) to the
    // subject, the two opening the clause, is part of it.
    first = joined_subject(ws, first, last);
    // "wo Jens dem Käufer sagt", "als die Ärztin einem Kollegen erklärte": where nouns are capitalised, an article of
    // the dative alone ([dative_article_words]) right after a noun or a name opens the one spoken to before a cue at
    // the clause's end: the subject ends before it.
    if (sp.capitalised_nouns)
        for (std::size_t j = first + 1; j < last; ++j)
            if (!ws[j].upper && ws[j - 1].upper && !ws[j - 1].punct && !(tags.of(ws[j - 1]) & WordTags::preposition) &&
                in_list(sp.lexs, "dative_article_words", ws[j].low)) {
                last = j - 1;
                break;
            }
    // "The chairman of the hoteliers' association, Josef Brandner, called": a name keeps its apposition, words that
    // describe a person (a role noun or a title among them); "Asked about the hours, Mr. Akerley said", "Speaking at
    // the meeting, Mayor Ann Roe said", "On Monday, Tom Vale said", "Lundi, Claire Morel a jugé": a clause or a time
    // before the comma describes no one and is no part of the mention. (A role noun opening the mention after the
    // comma, capitalised words alone before it, describes the name there: "Martin Behrsing, Sprecher des Forums".)
    bool is_name = ws[first].upper && ws[last].upper && last > first;
    if (is_name && first >= 2 && ws[first - 1].low == ",") {
        std::size_t f = first - 1;
        while (f > 0 && !ws[f - 1].punct && first - f < 12)
            --f;
        // ("Sentencing, Judge Helen Ashcroft said": a role noun titling the name that closes the mention, capitalised
        // words alone after it, describes that name, not the word opening the sentence before the comma)
        const auto capitalised = [](const Word& w) { return w.upper && !w.punct; };
        bool describes = role_noun(ws[first].low, sp) &&
                         std::all_of(ws.begin() + static_cast<std::ptrdiff_t>(f),
                                     ws.begin() + static_cast<std::ptrdiff_t>(first - 1), capitalised) &&
                         !(last >= first + 2 && std::all_of(ws.begin() + static_cast<std::ptrdiff_t>(first + 1),
                                                            ws.begin() + static_cast<std::ptrdiff_t>(last + 1),
                                                            capitalised));
        for (std::size_t j = f; j + 1 < first && !describes; ++j)
            describes = role_noun(ws[j].low, sp) || person_title(sp.lexs, ws[j].low) != 0;
        if ((f == 0 || ws[f - 1].punct) && first - 1 > f && describes)
            first = f;
    }
    return std::make_pair(first, last);
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

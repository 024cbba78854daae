// The reported clause of indirect speech (indirect_speech(), quote_indirect.cpp): where what was said begins and
// ends (after a dateline or a lead-in's colon, at a relative clause's comma, before a closing dash), the words
// between a cue and its "that" or comma, a clause reported without "that" or told by its mood, and the clauses
// before a cue that are no reported words.
#include "classify.hpp"
#include "quote_cues.hpp"
#include "quote_descriptions.hpp"
#include "quote_extractor.hpp"
#include "quote_indirect_parts.hpp"
#include "quote_nouns.hpp"
#include "quote_word_tags.hpp"
#include "text.hpp"

#include <algorithm>

namespace archive::quoting {

// "PARIS (Reuters) - The port will reopen ..., Jane Doe said.": the agency's dateline opening the paragraph is no
// part of the reported words; where they begin in `s`, from the sentence's start `sb` to its clause's end `end`.
// ("PORTLAND, Ore. — A family of five ..., officials said.": a dateline whose place closes with a dot ends a
// sentence of its own, and leaves the dash after it opening the next one: no reported words open with a dash.)
std::size_t after_dateline(std::string_view s, std::size_t sb, std::size_t end) {
    if (sb != 0) {
        std::size_t b = sb + spaced_dash_at(s, sb);
        while (b > sb && b < end && s[b] == ' ')
            ++b;
        return b < end && s[b] != ' ' ? b : sb;
    }
    auto tag = dateline_tag(s);
    if (!tag || s.rfind(tag->raw, 0) != 0)
        return sb;
    std::size_t b = tag->raw.size();
    while (b < s.size() && s[b] == ' ')
        ++b;
    return b < end ? b : sb;
}

// "The port board, which argued that small boats could not pay, is now ...", "..., the fine imposed by the Port
// Authority, which contended that X, is a good example ...", "La commission, qui a affirmé que X, est ...", "La
// comisión, que afirmó que X, es ...", "La commissione, che ha affermato che X, è ...": a cue at `ci` whose subject is
// a relative word ([relative_words]; an auxiliary may stand between) right after a comma sits in a relative clause set
// off by commas; what it reports ends at the comma that closes that clause, the first comma from the reported words'
// first word `from`, where a finite helper verb of the main clause follows it ([finite_helper_words], lower-case; not
// "that the levy, a tax on ferries, was unfair", whose first comma opens an apposition). That comma's byte, else `se`.
std::size_t relative_clause_end(const std::vector<Word>& ws, std::size_t ci, std::size_t from, std::size_t se,
                                const Speakers& sp) {
    std::size_t r = ci;
    while (r > 0 && !ws[r - 1].punct && has_tag(sp.lexs, WordTags::auxiliary, ws[r - 1].low))
        --r;
    if (r < 2 || ws[r - 2].low != "," || ws[r - 1].punct || !in_list(sp.lexs, "relative_words", ws[r - 1].low))
        return se;
    for (std::size_t j = from; j + 1 < ws.size(); ++j)
        if (ws[j].low == ",")
            return !ws[j + 1].punct && !ws[j + 1].upper && in_list(sp.lexs, "finite_helper_words", ws[j + 1].low)
                       ? ws[j].b
                       : se;
    return se;
}

// "Le maire, Alain Brossard, s'est voulu rassurant : aucune substance n'a été relevée dans la nuit, a-t-il indiqué.",
// "The harbour master Ann Roe was blunt: the ferry would stop running in May, she said.", "Der Wirt Karl Huber blieb
// gelassen: Die Gäste würden auch im Winter kommen, sagte er.": the writer's lead-in naming the speaker ends at a
// colon; the reported words, five at least, begin after it. The words before the colon (`ws` from byte `from`) name
// the speaker, a full name or a person the page knows or a role noun, or hold a speech verb; else they may be the
// speaker's too ("Il y a deux problèmes : le coût et la durée, a-t-il dit.", "There were two problems: ..."). Where
// the reported words begin: after the colon, else `from`; `close` is the word index of the cue's comma.
std::size_t after_lead_in(const std::vector<Word>& ws, std::size_t from, std::size_t close, const Speakers& sp) {
    const std::size_t least_said = 5;
    const std::size_t k = std::min(word_at_byte(ws, from), close);
    std::size_t colon = close;
    for (std::size_t j = k + 1; j < close; ++j)
        if (ws[j].low == ":" && !figure_mark(ws, j))
            colon = j;
    if (colon == close)
        return from;
    std::size_t said = 0;
    for (std::size_t j = colon + 1; j < close; ++j)
        said += !ws[j].punct;
    if (said < least_said)
        return from;
    const WordTags& tags = word_tags(sp.lexs);
    for (std::size_t j = k; j < colon; ++j) {
        const Word& w = ws[j];
        if (w.punct)
            continue;
        const bool full_name = j > k && w.upper && j + 1 < colon && ws[j + 1].upper && !ws[j + 1].punct;
        if (full_name || (w.upper && j > k && sp.find_by_last_name(w.low) >= 0) || role_noun(w.low, sp) ||
            (tags.of(w) & WordTags::speech_verb) != 0)
            return ws[colon + 1].b;
    }
    return from;
}

// "Omdat de dijk verzwakt was, vertelt hij over ...", "Als er 2010 ankam, erzählt er von ...", "Because the ferry
// had stopped, said the harbour master, nobody came": the words before the cue's comma (`ws` from byte `from` up
// to `comma`), one clause without a comma opened by a subordinating conjunction ([clause_conjunction_words]; in
// Dutch "nu", "toen", "als" before a subject's pronoun, [pronoun_clause_conjunction_words]; German "als" before an
// article or a preposition, the clause's last word lower-case, [determiner_clause_conjunction_words]), are a clause put
// before the main one the cue opens, no reported words.
bool fronted_clause(const std::vector<Word>& ws, std::size_t from, std::size_t comma,
                    const std::vector<const Lexicon*>& lexs) {
    std::size_t k = 0;
    while (k < comma && ws[k].b < from)
        ++k;
    for (std::size_t j = k; j < comma; ++j)
        if (ws[j].punct && ws[j].low == ",")
            return false;
    if (k + 1 >= comma)
        return false;
    return in_list(lexs, "clause_conjunction_words", ws[k].low) ||
           (in_list(lexs, "pronoun_clause_conjunction_words", ws[k].low) &&
            in_list(lexs, "subject_pronoun_words", ws[k + 1].low)) ||
           (!ws[comma - 1].upper && in_list(lexs, "determiner_clause_conjunction_words", ws[k].low) &&
            has_tag(lexs, WordTags::article | WordTags::preposition, ws[k + 1].low));
}

// "Das hat der Bischof am Freitag, 19. November, den Gemeinden mitgeteilt.": a participle's helper
// ([participle_auxiliaries]) among the words before the last comma before the cue at `ci`, none after it, and no
// comparative opener after that comma ("Der Plan ist gestoppt, wie die Stadt mitteilte." reports).
bool helper_before_comma(const std::vector<Word>& ws, std::size_t ci, const std::vector<const Lexicon*>& lexs) {
    std::size_t comma = ci;
    while (comma > 0 && ws[comma - 1].low != ",") {
        --comma;
        if (!ws[comma].punct && has_tag(lexs, WordTags::auxiliary, ws[comma].low))
            return false;
    }
    if (comma == 0 || comma >= ci || in_list(lexs, "comparative_opener_words", ws[comma].low))
        return false;
    for (std::size_t j = 0; j + 1 < comma; ++j)
        if (!ws[j].punct && has_tag(lexs, WordTags::auxiliary, ws[j].low))
            return true;
    return false;
}

// (A subject's words join its nouns by prepositions, "el portavoz del Ayuntamiento", "le porte-parole de la ville",
// by a coordinating word, "todos los vecinos", "tous les habitants": stopwords; a noun in capitals before a genitive's
// article, "der Sprecher der Stadt", is German's, and no word in small letters.)
bool verb_inside_subject(const std::vector<Word>& ws, std::size_t first, std::size_t last,
                         const std::vector<const Lexicon*>& lexs) {
    const WordTags& tags = word_tags(lexs);
    for (std::size_t j = first + 1; j <= last && j < ws.size(); ++j) {
        const Word& before = ws[j - 1];
        if (!ws[j].punct && (tags.of(ws[j]) & WordTags::article) != 0 && !before.punct && !before.upper &&
            (tags.of(before) & (WordTags::stopword | WordTags::preposition | WordTags::article)) == 0 &&
            !in_list(lexs, "coordinating_words", before.low))
            return true;
    }
    return false;
}

// "Płaca minimalna wzrośnie od lipca – powiedział minister.", "El puerto cerrará en mayo — dijo el alcalde.": the
// word ws[d] before a cue is a dash closing the reported words, the only dash of the sentence up to it (a pair of
// dashes sets off an insert: "The plan – approved in May – said ...").
bool closing_dash(const std::vector<Word>& ws, std::size_t d) {
    return d < ws.size() && dash_word(ws[d]) &&
           std::none_of(ws.begin(), ws.begin() + static_cast<std::ptrdiff_t>(d), dash_word);
}

// "sagte dazu, der Steg bleibe ...", "Es heißt nun, dass ...", "said later that ...", "a ajouté ensuite que ...":
// one or two adverbs of [report_adverb_words] between the cue ending at word `cend` and its comma or "that"; the word
// after them, else `cend` (not "said later that day": "that" before a time, or a unit of time, is a determiner).
std::size_t after_report_adverbs(const std::vector<Word>& ws, std::size_t cend, const Speakers& sp) {
    const std::size_t most = 2;
    std::size_t k = cend;
    while (k < ws.size() && k < cend + most && !ws[k].punct && in_list(sp.lexs, "report_adverb_words", ws[k].low))
        ++k;
    if (k == cend || k + 1 >= ws.size())
        return cend;
    if (ws[k].low == ",")
        return k;
    static const LexiconSection* time_units = common_lexicon().section("time_units"); // (found once)
    const std::string_view next = ws[k + 1].low;
    if (in_list(sp.lexs, "that", ws[k].low) && !ws[k + 1].punct && !time_word(next, sp) &&
        !(time_units != nullptr && time_units->has(next)))
        return k;
    return cend;
}

// "disse nesta sexta-feira (5) que ...", "disse ainda que ...", "a affirmé jeudi soir que ...", "ha detto ieri che
// ...", "adiantou nesta sexta à RTP que ...": a short gap between the cue and "that", its words a time, an adverb of
// [cue_adverbs] or [report_adverb_words], the day's figure in brackets, and small words (articles, prepositions, no
// pronoun) among them, at least one word of time or adverb. The index of "that" closing the gap; or of a preposition
// opening a capitalised complement after it (the one spoken to, read by the caller); else `k`. (At most six words.)
std::size_t after_cue_gap(const std::vector<Word>& ws, std::size_t k, const Speakers& sp) {
    const std::size_t most = 6;
    bool signal = false;
    std::size_t j = k;
    while (j < ws.size() && j < k + most) {
        const Word& w = ws[j];
        if (w.low == "(" && j + 2 < ws.size() && text::is_digit(static_cast<unsigned char>(ws[j + 1].low.front())) &&
            ws[j + 2].low == ")") {
            j += 3;
            continue;
        }
        // ("powiedział w czwartek, że ...", "sagte am Mittwoch, dass ...": the comma before "that" after the time)
        if (w.punct) {
            if (signal && w.low == "," && j > k && j + 1 < ws.size() && in_list(sp.lexs, "that", ws[j + 1].low))
                ++j;
            break;
        }
        if (in_list(sp.lexs, "that", w.low))
            break;
        if (time_word(w.low, sp) || has_tag(sp.lexs, WordTags::cue_adverb, w.low) ||
            in_list(sp.lexs, "report_adverb_words", w.low) || in_list(sp.lexs, "relative_day_words", w.low)) {
            signal = true;
        } else if (has_tag(sp.lexs, WordTags::preposition, w.low) && j + 1 < ws.size() && ws[j + 1].upper &&
                   !time_word(ws[j + 1].low, sp)) {
            return signal ? j : k; // ("à RTP que": the caller reads the complement)
        } else {
            char g = 'x';
            if (!sp.stopword(w.low) || sp.pronoun(w.low, g))
                return k;
        }
        ++j;
    }
    if (!signal || j == k || j + 1 >= ws.size() || !in_list(sp.lexs, "that", ws[j].low) || ws[j + 1].punct)
        return k;
    // (not "said later that day": "that" before a time or a unit of time is a determiner)
    static const LexiconSection* time_units = common_lexicon().section("time_units"); // (found once)
    const std::string_view next = ws[j + 1].low;
    if (time_word(next, sp) || (time_units != nullptr && time_units->has(next)))
        return k;
    return j;
}

namespace {

// "am Freitag", "der Agentur Interfax", "gegenüber Journalisten", "Ende Juni in Lübeck", "der regionalen Presse":
// the words ws[first..end-1] are a short complement of a speech verb, a time, a place, the one spoken to, a medium;
// each word capitalised, a figure, a time or a small word, or an adjective before its noun, no pronoun nor negation,
// and the last a noun, a figure or a time ("sagte das Konzert am Freitag ab" closes a verb's particle; "sagte nichts"
// holds its object). (At most six words.)
bool speech_complement(const std::vector<Word>& ws, std::size_t first, std::size_t end, const Speakers& sp) {
    const std::size_t most = 6;
    if (end <= first || end - first > most || end > ws.size())
        return false;
    for (std::size_t j = first; j < end; ++j) {
        const std::string_view w = ws[j].low;
        char g = 'x';
        if (ws[j].punct || sp.pronoun(w, g) || in_list(sp.lexs, "that", w) || in_list(sp.lexs, "negation_words", w))
            return false;
        const bool attribute = Extractor::adjective_like(w) && j + 1 < end && ws[j + 1].upper;
        if (!ws[j].upper && !text::is_digit(static_cast<unsigned char>(w.front())) && !sp.stopword(w) &&
            !time_word(w, sp) && !attribute)
            return false;
    }
    // (a capitalised word opening it is a time, "Mitte Mai", "Freitag"; else the subject after its verb: "In seinem
    // Interview sagte Roth, dass ...")
    if (ws[first].upper && !time_word(ws[first].low, sp) && !(first + 1 < end && time_word(ws[first + 1].low, sp)))
        return false;
    // (an article that may open a subject, [subject_opening_words], opens the one told only before a medium's noun,
    // [medium_words], [outlet_opening_words]: "sagte der Agentur Interfax"; not "wertete das Gericht", "sagte der
    // Minister", the subject after its verb)
    if (in_list(sp.lexs, "subject_opening_words", ws[first].low)) {
        std::size_t n = first + 1;
        while (n < end && !ws[n].upper)
            ++n;
        if (n == end ||
            !(listed_noun(ws[n].low, "medium_words", sp) || listed_noun(ws[n].low, "outlet_opening_words", sp)))
            return false;
    }
    const std::string_view last = ws[end - 1].low;
    return ws[end - 1].upper || text::is_digit(static_cast<unsigned char>(last.front())) || time_word(last, sp);
}

} // namespace

// "sagte am Freitag, man sehe ...", "sagte der Agentur Interfax, dass ...", "erklärte Ende Juni in Lübeck, dass
// ...": in a language whose reported speech follows the cue's comma ([quote_conventions] "reported mood after the
// cue's comma"), a short complement (speech_complement) between the cue ending before ws[k] and that comma; the
// comma's index, else k.
std::size_t comma_past_complement(const std::vector<Word>& ws, std::size_t k, const Speakers& sp) {
    if (k >= ws.size() || ws[k].punct || !in_list(sp.lexs, "quote_conventions", "reported mood after the cue's comma"))
        return k;
    std::size_t j = k;
    while (j < ws.size() && !ws[j].punct)
        ++j;
    return j + 1 < ws.size() && ws[j].low == "," && !ws[j + 1].punct && speech_complement(ws, k, j, sp) ? j : k;
}

// "Die Ministerin hat am Freitag gesagt, der Plan sei ...": in such a language, a cue of one word at ws[ci], the
// comma right after it, whose auxiliary stands before it past a short complement (speech_complement); the
// auxiliary's index, its subject before it, else ci. (Not the clause's first word: "Hat er am Freitag gesagt, ...?";
// nor "Daheim hatte man sie für tot erklärt, ...": pronouns between.)
std::size_t perfect_helper(const std::vector<Word>& ws, std::size_t ci, std::size_t cend, const Speakers& sp) {
    const std::size_t most = 7;
    if (cend != ci + 1 || cend >= ws.size() || ws[cend].low != "," ||
        !in_list(sp.lexs, "quote_conventions", "reported mood after the cue's comma"))
        return ci;
    for (std::size_t a = ci; a > 1 && ci - a < most && !ws[a - 1].punct; --a)
        if (has_tag(sp.lexs, WordTags::auxiliary, ws[a - 1].low))
            return !ws[a - 2].punct && speech_complement(ws, a, ci, sp) ? a - 1 : ci;
    return ci;
}

// "«Das System wird einfacher», sagt Verbundsgeschäftsführer Reto Baumann. Im Durchschnitt sinke der Preis um rund
// 6 Franken.", "Ein Sprecher sagte, die Lage sei ernst. Viele Menschen seien in Panik geflohen.": in a language whose
// reported speech has a mood of its own ([quote_conventions] "reported mood after the cue's comma"), a sentence
// without a cue (its words `sw`) whose verb stands in that mood ([reported_speech_words]) among its first words,
// before any mark, goes on with the words of the paragraph's last quote. Not "Es sei denn, ...", nor a verb opening
// the sentence ("Sei es im Winter ...") or closing a clause ("Wie dem auch sei, ..."), nor a sentence of the writer's
// "ich" or "wir", where "habe", "werde", "seien" may be the indicative or a wish, nor a question; nor the Konjunktiv
// II ([unreal_mood_words]: "Oder hätte es ein Lehrer entdeckt?", "Schädlicher wäre es, wenn ..."), the mood of what
// did not happen.
bool reported_continuation(const std::vector<Word>& sw, const Speakers& sp) {
    const std::size_t most_before = 7, least_words = 5;
    if (sw.size() < least_words || !in_list(sp.lexs, "quote_conventions", "reported mood after the cue's comma"))
        return false;
    if (sw.back().low == "?")
        return false;
    for (const Word& w : sw)
        if (w.low == "ich" || w.low == "wir")
            return false;
    for (std::size_t k = 1; k < sw.size() && k <= most_before && !sw[k].punct && !sw[k - 1].punct; ++k)
        if (in_list(sp.lexs, "reported_speech_words", sw[k].low) && !in_list(sp.lexs, "unreal_mood_words", sw[k].low))
            return k + 1 < sw.size() && !sw[k + 1].punct && sw[k + 1].low != "denn";
    return false;
}

// "..., the company said in a statement.", "..., the bank said on Friday in a note to clients.", "..., la empresa dijo
// en un comunicado.": after a cue closing the sentence, up to two short phrases, each a preposition, then a determiner
// or a capitalised word or a figure, and one or two words, with no mark among them; true where the words from `k` are
// such phrases up to the sentence's end (not "..., the people said in the report were dismissed.": a word after a
// phrase that opens none; nor "..., tensions continued to run hot.": an infinitive after "to").
bool complement_phrases_close(const std::vector<Word>& ws, std::size_t k, const Speakers& sp) {
    const std::size_t most_phrases = 2, most_words = 2;
    std::size_t phrases = 0;
    while (k < ws.size() && !ws[k].punct) {
        if (phrases == most_phrases || !has_tag(sp.lexs, WordTags::preposition, ws[k].low))
            return false;
        ++phrases;
        ++k;
        if (k >= ws.size() || ws[k].punct)
            return false;
        if (has_tag(sp.lexs, WordTags::article, ws[k].low) || in_list(sp.lexs, "noun_determiners", ws[k].low))
            ++k;
        else if (!ws[k].upper && !text::is_digit(static_cast<unsigned char>(ws[k].low.front())))
            return false;
        std::size_t words = 0;
        while (k < ws.size() && !ws[k].punct && words < most_words &&
               !has_tag(sp.lexs, WordTags::preposition, ws[k].low) && !sp.stopword(ws[k].low))
            ++k, ++words;
        if (words == 0)
            return false;
    }
    return phrases > 0 && (k >= ws.size() || ws[k].low == "." || ws[k].low == "!") &&
           (k + 1 >= ws.size());
}

// A cue of `cues` after the one at `index`, beginning past the word at `t`, stands after a comma and closes the
// sentence: no mark but its last stop after it ("..., a indiqué son coordinateur Manuel Bompard.", "..., dijo el
// portavoz.", "..., sagte sie."; not "..., a-t-il précisé, sera ...", an aside inside the reported words).
bool closing_cue_after(const std::vector<Word>& ws, const std::vector<Cue>& cues, std::size_t index, std::size_t t) {
    for (std::size_t i = index + 1; i < cues.size(); ++i) {
        if (t >= ws.size() || cues[i].begin <= ws[t].b)
            continue;
        std::size_t k = t;
        while (k < ws.size() && ws[k].b < cues[i].begin)
            ++k;
        if (k < 2 || k >= ws.size() || ws[k - 1].low != ",")
            continue;
        std::size_t j = k;
        while (j < ws.size() && !ws[j].punct)
            ++j;
        if (j + 1 >= ws.size() && (j == ws.size() || ws[j].low == "." || ws[j].low == "!"))
            return true;
    }
    return false;
}

// "Es gebe keine Alternative", "Das sei ein Fehler": four words opening the sentence, none of them punctuation, the
// second or the third a verb of [reported_speech_words] (the Konjunktiv I of reported speech), in a language whose
// reported clause after a cue's comma is told by its mood ([quote_conventions]; not the conditional of fr, it, es,
// which a short sentence also takes in the writer's own words).
bool short_reported_clause(const std::vector<Word>& sw, const Speakers& sp) {
    for (std::size_t i = 0; i < 4; ++i)
        if (sw[i].punct)
            return false;
    return (in_list(sp.lexs, "reported_speech_words", sw[1].low) ||
            in_list(sp.lexs, "reported_speech_words", sw[2].low)) &&
           in_list(sp.lexs, "quote_conventions", "reported mood after the cue's comma");
}

namespace {

// "dijo que escasea personal.", "disse que chega tempo.", "ha detto che scarseggia acqua.", "dijo que pesa la lluvia.":
// a verb in the singular no list holds, told by its shape: the word right after the "that" at sw[t], in small letters,
// ends as a third person's present does ([singular_present_verb_ending_words]: es, pt, it "a", "e") and is no small
// word nor a day's, a month's or a time's word ("ha detto che domenica prossima."), and a bare noun follows it, an
// article before it perhaps, the sentence's mark right after. (short_that_clause has the word count and the marks.)
bool singular_verb_first(const std::vector<Word>& sw, std::size_t t, const Speakers& sp) {
    const std::size_t least_verb = 4, least_noun = 3;
    const Word& v = sw[t + 1];
    if (v.upper || v.low.size() < least_verb || sp.stopword(v.low) ||
        !ends_with_entry(v.low, sp.lexs, "singular_present_verb_ending_words", 2) ||
        has_tag(sp.lexs, WordTags::article, v.low) || in_list(sp.lexs, "weekdays", v.low) ||
        in_list(sp.lexs, "months", v.low) || in_list(sp.lexs, "relative_day_words", v.low) ||
        in_list(sp.lexs, "time_of_day_words", v.low))
        return false;
    std::size_t j = t + 2;
    if (j + 2 < sw.size() && has_tag(sp.lexs, WordTags::article, sw[j].low))
        ++j;
    const Word& noun = sw[j];
    return j + 2 == sw.size() && !noun.punct && !noun.upper && noun.low.size() >= least_noun &&
           !sp.stopword(noun.low);
}

} // namespace

// "La concejala Ana Gil, que se abstuvo, explicó que faltan datos.", "ha spiegato che mancano dati.", "a expliqué que
// les données manquent.", "said that data is missing.": after the "that" at sw[t], two or three words and the mark
// closing the sentence are what was said where one of them is a finite verb: a helper ([participle_auxiliaries],
// [passive_helper_words], [finite_helper_words], the Konjunktiv's [reported_speech_words]), a word with a plural
// verb's ending ([plural_head_verb_ending_words]: es "n", it "no", fr "ent") or a common verb in the singular, which
// has no ending to tell it ([short_clause_verb_words]: "dijo que falta dinero.", "ha detto che manca personale.",
// "disse que falta dinheiro.", "a dit que rien ne change."). Not an answer ("dijo que sí, claro",
// "dijo que no rotundamente": [answer_words] first), nor words a preposition or a figure opens ("said
// that on Monday"), nor "that" standing for a thing before its verb ("said that was wrong", [demonstrative_words]);
// "said that again", "a dit que non" hold no verb.
bool short_that_clause(const std::vector<Word>& sw, std::size_t t, const Speakers& sp) {
    const std::size_t least = 2, most = 3;
    if (t + 1 >= sw.size() || !sw.back().punct || (sw.back().low != "." && sw.back().low != "!"))
        return false;
    const std::size_t n = sw.size() - 1 - (t + 1);
    if (n < least || n > most || in_list(sp.lexs, "answer_words", sw[t + 1].low) ||
        has_tag(sp.lexs, WordTags::preposition, sw[t + 1].low) ||
        text::is_digit(static_cast<unsigned char>(sw[t + 1].low.front())))
        return false;
    const auto helper = [&sp](std::string_view w) {
        return has_tag(sp.lexs, WordTags::auxiliary, w) || in_list(sp.lexs, "passive_helper_words", w) ||
               in_list(sp.lexs, "finite_helper_words", w) || in_list(sp.lexs, "reported_speech_words", w);
    };
    if (in_list(sp.lexs, "demonstrative_words", sw[t].low) && helper(sw[t + 1].low))
        return false;
    bool verb = false;
    for (std::size_t j = t + 1; j + 1 < sw.size(); ++j) {
        if (sw[j].punct)
            return false;
        if (helper(sw[j].low) ||
            (!sw[j].upper && (ends_with_entry(sw[j].low, sp.lexs, "plural_head_verb_ending_words", 2) ||
                              in_list(sp.lexs, "short_clause_verb_words", sw[j].low))))
            verb = true;
    }
    return verb || singular_verb_first(sw, t, sp);
}

// "man plane den Ausbau", "die Stadt investiere mehr Geld", "der Verband fordere eine Entscheidung", "Berlin
// unterstütze die Kommission": the clause at ws[t] opens with a subject in the singular (a word of
// [singular_subject_words], "man", "er"; an article and a capitalised noun; or a name of one or two words) and its verb
// right after it ends in "e", the Konjunktiv I of a regular verb, which its indicative ("plant", "investiert") does not
// (not "-te", a past: "plante").
bool regular_reported_verb(const std::vector<Word>& ws, std::size_t t, const Speakers& sp) {
    std::size_t v = t;
    if (v < ws.size() && !ws[v].punct && in_list(sp.lexs, "singular_subject_words", ws[v].low))
        v += 1;
    else if (v + 1 < ws.size() && !ws[v].punct && has_tag(sp.lexs, WordTags::article, ws[v].low) &&
             ws[v + 1].upper && !ws[v + 1].punct && !ws[v + 1].acronym)
        v += 2;
    // ("Berlin unterstütze die Kommission", "Friedrich Merz plane den Ausbau": a name of one or two words, no article)
    else if (v + 1 < ws.size() && ws[v].upper && !ws[v].punct && !ws[v].acronym && !sp.stopword(ws[v].low))
        v += v + 2 < ws.size() && ws[v + 1].upper && !ws[v + 1].punct && !ws[v + 1].acronym ? 2 : 1;
    else
        return false;
    if (v >= ws.size())
        return false;
    const Word& w = ws[v];
    return !w.punct && !w.upper && w.low.size() >= 4 && w.low.back() == 'e' && !w.low.ends_with("te") &&
           !sp.stopword(w.low) && !has_tag(sp.lexs, WordTags::article, w.low);
}

// "viele betroffene Gemeinden fehlten noch", "die Kosten erhöhten sich": the clause at ws[t] opens with a plural noun
// phrase, up to its capitalised noun among its first four words, and the verb right after that noun ends in an ending
// of [plural_past_subjunctive_endings] ("-ten"): the Konjunktiv II standing in for the Konjunktiv I of the plural,
// which would read as the indicative ("fehlen"). (Not "die ersten Gemeinden fehlen": the word after the noun is asked.)
bool plural_past_subjunctive(const std::vector<Word>& ws, std::size_t t, const Speakers& sp) {
    const std::size_t most_phrase = 4;
    for (std::size_t n = t; n < ws.size() && n < t + most_phrase && !ws[n].punct; ++n) {
        if (!ws[n].upper || ws[n].acronym)
            continue;
        if (n + 1 >= ws.size() || n == t)
            return false;
        const Word& v = ws[n + 1];
        if (v.punct || v.upper || sp.stopword(v.low) || has_tag(sp.lexs, WordTags::article, v.low))
            return false;
        return ends_with_entry(v.low, sp.lexs, "plural_past_subjunctive_endings", 2);
    }
    return false;
}

// "said the council had counted ...", "say the costs have not risen": the cue `cue` (as written) ending before ws[t]
// reports the clause after it without "that": a cue of [bare_clause_cue_words], whatever follows; one of
// [helped_bare_clause_cue_words] ("insists", "argue") only where a clause opens there, a determiner or a subject
// pronoun (or one of [bare_clause_subject_words], "insists it will ...", "argue there should be ...") and then,
// among its next four words without a mark, a finite helper verb ([finite_helper_words]: "insists the structure
// will withstand", "argue the money should have gone"; not "insists on a new bridge", "argue the case for ...").
// "at least a dozen roads were closed", "at most 20 people": a phrase of [quantity_opener_phrases] at ws[t], then an
// article, a figure or a number word, opens the clause a cue reports without "that" (its first word a preposition
// of [mention_stops], read alone as a circumstance of the cue: "said at the briefing").
bool quantity_opener(const std::vector<Word>& ws, std::size_t t, const Speakers& sp) {
    if (t + 2 >= ws.size() || ws[t + 1].punct || ws[t + 2].punct)
        return false;
    const Word& n = ws[t + 2];
    if (!has_tag(sp.lexs, WordTags::article, n.low) && !text::is_digit(static_cast<unsigned char>(n.low.front())) &&
        !in_list(sp.lexs, "cardinal_words", n.low))
        return false;
    std::string phrase(ws[t].low);
    phrase += ' ';
    phrase += ws[t + 1].low;
    return in_list(sp.lexs, "quantity_opener_phrases", phrase);
}

namespace {

// A clause opens at ws[t]: a determiner, a subject pronoun or one of [bare_clause_subject_words] (or, where
// `name_ok`, a capitalised word), then among its next four words without a mark a finite helper verb.
bool helped_clause(const std::vector<Word>& ws, std::size_t t, bool name_ok, const Speakers& sp) {
    const std::size_t most_subject = 4;
    if (t >= ws.size() || ws[t].punct || in_list(sp.lexs, "finite_helper_words", ws[t].low))
        return false;
    char g = 'x';
    // ("told the court his client had ...": a possessive opens a subject as an article does)
    if (!(name_ok && ws[t].upper) && !has_tag(sp.lexs, WordTags::article, ws[t].low) &&
        !has_tag(sp.lexs, WordTags::possessive, ws[t].low) &&
        !in_list(sp.lexs, "noun_determiners", ws[t].low) && !sp.pronoun(ws[t].low, g) &&
        !in_list(sp.lexs, "bare_clause_subject_words", ws[t].low))
        return false;
    for (std::size_t j = t + 1; j < ws.size() && j <= t + most_subject && !ws[j].punct; ++j)
        if (in_list(sp.lexs, "finite_helper_words", ws[j].low))
            return true;
    return false;
}

} // namespace

bool bare_clause(const std::vector<Word>& ws, std::size_t t, std::string_view cue, const Speakers& sp) {
    // (not a clause a helper verb opens, which has no subject: "a provision they say could exclude ...")
    if (t >= ws.size() || ws[t].punct || in_list(sp.lexs, "finite_helper_words", ws[t].low))
        return false;
    if (in_list(sp.lexs, "bare_clause_cue_words", cue))
        return true;
    if (!in_list(sp.lexs, "helped_bare_clause_cue_words", cue))
        return false;
    return helped_clause(ws, t, false, sp);
}

std::size_t infinitive_clause(const std::vector<Word>& ws, std::size_t t, std::string_view cue, const Speakers& sp) {
    // ("un 27enne accusato di aver sottratto ...": a participle alone, no helper before it, [past_participle_endings],
    // describes the noun before it; what follows is no one's speech)
    if (cue.find(' ') == std::string_view::npos &&
        ends_with_entry(text::lower(cue), sp.lexs, "past_participle_endings", 2))
        return 0;
    // ("di aver chiesto": the link of Italian's infinitive after a verb of saying)
    if (t < ws.size() && !ws[t].punct && in_list(sp.lexs, "infinitive_report_links", ws[t].low))
        ++t;
    // (the helper and a word after it, no mark: "aver chiesto", "haber pedido", "être prêt")
    if (t + 1 >= ws.size() || ws[t].punct || ws[t + 1].punct || !in_list(sp.lexs, "infinitive_report_words", ws[t].low))
        return 0;
    return t;
}

// "told the board the district had lost ...", "told reporters the changes were meant ...", "told the court Pritchard
// had approved ...": a cue of [addressee_cue_words] ending before ws[cend], whose object (the one spoken to) comes
// first, then a clause reported without "that". The object is one lower-case word that is no small word
// ("reporters"), or an article and one to three lower-case words that are no small words ("the board", "the city
// council members"); the clause after it opens as helped_clause() reads one, a capitalised word allowed ("Pritchard
// had").
// Where the clause opens (after the shortest object that gives one), else 0. (Not "told the story of the company
// that was ...": "of" is a small word; not "told the board about ...".)
std::size_t addressee_clause(const std::vector<Word>& ws, std::size_t cend, std::string_view cue_low,
                             const Speakers& sp) {
    if (cend + 3 >= ws.size() || ws[cend].punct || ws[cend].upper || !in_list(sp.lexs, "addressee_cue_words", cue_low))
        return 0;
    const bool article = has_tag(sp.lexs, WordTags::article, ws[cend].low);
    if (!article && sp.stopword(ws[cend].low))
        return 0;
    for (std::size_t t = cend + (article ? 2 : 1); t <= cend + (article ? 4 : 1) && t < ws.size(); ++t) {
        const Word& last = ws[t - 1];
        if (last.punct || last.upper || (t - 1 > cend && sp.stopword(last.low)))
            return 0;
        if (helped_clause(ws, t, true, sp))
            return t;
    }
    return 0;
}

} // namespace archive::quoting

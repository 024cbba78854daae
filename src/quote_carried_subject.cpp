// The subject a speech verb carries over from the sentence before, for the attribution before the quote
// (quote_attribution_before.cpp): Italian, Spanish and Portuguese ([subject_drop]) drop a subject pronoun, so
// "Ha poi ribadito che «Q»", "E poco dopo, a margine del vertice, ha ribadito che «Q»", "Luego añadió: «Q»" have the
// last speaker as their subject, and a time adverb opening such a clause ("Poi", "Más tarde") is no subject.
#include "quote_descriptions.hpp"
#include "quote_plural_verbs.hpp"
#include "quote_reader.hpp"

namespace archive {
namespace quoting {

std::size_t opening_adverb_at(const std::vector<Word>& ws, std::size_t i, const std::vector<const Lexicon*>& lexs) {
    if (const std::size_t n = sentence_adverb_at(ws, i, lexs))
        return n;
    return listed_phrase_at(ws, i, lexs, "dropped_subject_words", "dropped_subject_phrases");
}

// The words from w0 (a sentence's first) to the cue at ci hold no subject: nothing, or chunks set off by commas of a
// conjunction ([sentence_openers]) first, a time adverb ([dropped_subject_words], [dropped_subject_phrases]), a
// sentence adverb or a phrase opened by a preposition or by a participle of asking ([asked_participle_words]), and
// clitics right before the verb ("Poi gli ha detto").
bool subjectless_opening(const std::vector<Word>& ws, std::size_t w0, std::size_t ci,
                         const std::vector<const Lexicon*>& lexs) {
    if (ci > ws.size() || w0 > ci || !in_list(lexs, "subject_drop", "yes"))
        return false;
    std::size_t j = w0;
    if (j < ci && !ws[j].punct && in_list(lexs, "sentence_openers", ws[j].low))
        ++j;
    while (j < ci) {
        if (std::size_t n = opening_adverb_at(ws, j, lexs)) {
            j += n;
        } else if (!ws[j].punct && (has_tag(lexs, WordTags::preposition, ws[j].low) ||
                                    in_list(lexs, "asked_participle_words", ws[j].low))) {
            // (the phrase runs to a comma before the verb, a few words long: "a margine di una cena a Torino,"; so
            // does one a participle of asking opens, [asked_participle_words]: "Zapytany o kolejki, odpowiedział:",
            // "Preguntado por las colas, respondió:", the subject's own)
            for (const std::size_t from = j; j < ci && ws[j].low != "," && j - from < 10;)
                ++j;
            if (j == ci || ws[j].low != ",")
                return false;
        } else if (!ws[j].punct && in_list(lexs, "clitics", ws[j].low)) {
            while (j < ci && !ws[j].punct && in_list(lexs, "clitics", ws[j].low))
                ++j;
            return j == ci;
        } else {
            return false;
        }
        while (j < ci && ws[j].low == ",")
            ++j;
    }
    return true;
}

// The cue is a verb's plural form ("indicaron", "disseram": an ending of [plural_verb_endings], es "n", pt "m"),
// whose subject is not the last speaker, one person: "Finalmente, indicaron que «Q»" after a minister named.
bool plural_verb(std::string_view verb, const std::vector<const Lexicon*>& lexs) {
    for (const Lexicon* lex : lexs)
        for (std::string_view ending : entries_of(lex, "plural_verb_endings"))
            if (verb.size() > ending.size() + 2 && verb.ends_with(ending))
                return true;
    return false;
}

// subjectless_opening, and the words after the cue (its end at word cend) up to the quote opening at byte `open`
// introduce the quote and name no subject: a colon, [that] (perhaps after a preposition: "insistió en que"), or the
// quote itself.
bool carries_subject(const std::vector<Word>& ws, std::size_t w0, std::size_t ci, std::size_t cend, std::size_t open,
                     const std::vector<const Lexicon*>& lexs) {
    if (!subjectless_opening(ws, w0, ci, lexs) || (ci < ws.size() && plural_verb(ws[ci].low, lexs)))
        return false;
    std::size_t j = cend;
    while (j < ws.size() && ws[j].b < open && !ws[j].punct && in_list(lexs, "cue_adverbs", ws[j].low))
        ++j;
    if (j >= ws.size() || ws[j].b >= open || ws[j].low == ":")
        return true;
    if (ws[j].punct)
        return false;
    if (in_list(lexs, "that", ws[j].low))
        return true;
    return j + 1 < ws.size() && has_tag(lexs, WordTags::preposition, ws[j].low) && !ws[j + 1].punct &&
           in_list(lexs, "that", ws[j + 1].low);
}

// "Agregó que ...", "Ha assicurato che ...", "Dodał, że ...", "Acrescentou que ...": reported speech whose cue at ci
// opens the sentence (after nothing but subjectless_opening's words) in a language that drops its subject; its
// speaker is the last one, unless the verb is plural ("Indicaron que ...").
bool carries_reported_subject(const std::vector<Word>& ws, std::size_t ci, const std::vector<const Lexicon*>& lexs) {
    return ci < ws.size() && subjectless_opening(ws, 0, ci, lexs) && !plural_verb(ws[ci].low, lexs);
}

// "Il ministro Adamo Zeni ha presentato il piano. Ha aggiunto che ...", "Minister Adam Zieliński przedstawił program.
// Dodał, że ...": before the page's first quote no speaker is carried over, and the dropped subject is the person the
// writer last named as a subject (someone without a name, a role met alone, carries none).
std::optional<std::string> first_carried_subject(const Extractor& ex, std::size_t pos) {
    if (!ex.quotes.empty())
        return std::nullopt;
    for (auto it = ex.sp.events.rbegin(); it != ex.sp.events.rend(); ++it) {
        const Person& p = ex.sp.people[static_cast<std::size_t>(it->second)];
        if (it->first >= pos || !(p.personal || p.subject))
            continue;
        if (unnamed(p))
            return std::nullopt;
        return p.name;
    }
    return std::nullopt;
}

// "Ramón, para serte sincero, no entiendo tu pregunta. Pero recuerda que el club vive de sus socios.", "Ricorda che
// la tua tessera scade a marzo", "Lembra que o teu voto conta": the familiar imperative of Spanish, Italian and
// Portuguese is the third person's present ("recuerda", "ricorda", "lembra"), so in a text that speaks to its reader
// as "tu" a sentence opened by such a verb bids the reader and carries no speaker over. The address is read outside
// the quotes only ("«¿Tú qué sabes?», recuerda que le dijo" quotes someone else's "tú").
bool addresses_reader(const std::vector<Word>& ws, const std::vector<QuoteSpan>& spans,
                      const std::vector<const Lexicon*>& lexs) {
    std::size_t next = 0;
    for (const Word& w : ws) {
        while (next < spans.size() && spans[next].close + spans[next].close_len <= w.b)
            ++next;
        if (w.punct || (next < spans.size() && w.b > spans[next].open))
            continue;
        if (in_list(lexs, "familiar_address_words", w.low))
            return true;
    }
    return false;
}

} // namespace quoting
} // namespace archive

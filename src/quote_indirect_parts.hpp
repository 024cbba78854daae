// What indirect_speech() (quote_indirect.cpp) asks of the reporting clause, its cue and the cue's subject
// (quote_indirect_cues.cpp), and of the reported clause, where what was said begins and ends
// (quote_indirect_clauses.cpp). Internal to the quotes stage.
#pragma once

#include "lexicon.hpp"
#include "quote_extractor.hpp"
#include "quote_speakers.hpp"
#include "quote_words.hpp"
#include "quotes.hpp"

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace archive::quoting {

// quote_indirect_cues.cpp

/// A cue of [quote_mark_phrases] ("put it"), which attributes words in quote marks only.
bool quote_mark_phrase(std::string_view cue, const std::vector<const Lexicon*>& lexs);
/// A cue of one word in a participle's form ([participle_endings]), never followed by its subject.
bool participle_cue(std::string_view cue, const std::vector<const Lexicon*>& lexs);
/// The words before the cue's comma at `comma` are its subject, an article's noun phrase and a name set off by commas.
bool subject_with_apposition(const std::vector<Word>& ws, std::size_t comma, const Speakers& sp);
/// The mark ws[j] glued between two digits is part of a figure ("7.45am", "10:30"), no punctuation of the sentence.
bool figure_mark(const std::vector<Word>& ws, std::size_t j);
/// ws[j] opens a second clause joined to the reporting one after its comma ("..., Mark Chen said, and can ...").
bool joined_after_comma(const std::vector<Word>& ws, std::size_t j, const Speakers& sp);
/// A dash set off by spaces: "–", "—", or a hyphen standing for one.
bool dash_word(const Word& w);
/// The words from `j` after a cue closing a clause open a clause of their own ("..., said she had been asleep").
bool clause_after_cue(const std::vector<Word>& ws, std::size_t j, const Speakers& sp);

// "Alasdair Munro, who runs a haulage firm, said ...", "Marc Roux, qui dirige le club, a affirmé que ...", "Ana Ruiz,
// quien dirige el club, dijo que ...", "Tom Vale, a former mayor of the town, said the plan ...": a name opening the
// sentence, then an aside (a relative clause, or an apposition) up to the comma before the cue at `cue`: the name is
// the cue's subject. So too "A nurse at the clinic, who asked not to be named, said that ...", "One woman, who ...,
// said ..." (a count opening it, count_determiner), "Un ingénieur de la
// station, qui y travaille depuis vingt ans, reconnaît que ...", "Ein Arzt der Klinik, der seit Jahren dort arbeitet,
// sagt, ...": a description opening the sentence (an article or a possessive, then up to six words with no helper verb
// nor cue, [finite_helper_words]: "The port will close soon, which ..., said X" reports a sentence), then a relative
// clause. The aside may be set off by two dashes as well: "La edil —que presentó el plan junto al alcalde— explicó
// que ...", "Der Wirt – der das Lokal seit 1990 führt – sagte, ...". The subject's words, or nothing.
struct AsideSubject {
    std::pair<std::size_t, std::size_t> subject;
    bool apposition = false; // the aside is an apposition, part of the mention where the words before the cue give it
};
/// The subject before an aside that the comma before the cue at `cue` closes, or nothing.
std::optional<AsideSubject> aside_subject(const std::vector<Word>& ws, std::size_t cue, const Speakers& sp);
/// The brackets closing at ws[close] hold a body's short form after its name: the name's first word, else close + 1.
std::size_t body_with_acronym(const std::vector<Word>& ws, std::size_t close, const Speakers& sp);
/// A helper of the passive in the two words before the cue at `ci` ("He has been criticized for ...").
bool passive_before(const std::vector<Word>& ws, std::size_t ci, const std::vector<const Lexicon*>& lexs);
/// The words before the verb at `ci` are a fronted phrase, no subject, in a language whose verb comes second.
bool fronted_phrase(const std::vector<Word>& ws, std::size_t ci, const Speakers& sp);
/// The cue's subject before it (mention_before), or after the verb at `ci` when a time or an adverb opens the clause.
std::optional<std::pair<std::size_t, std::size_t>> subject_before(Extractor& ex, const std::vector<Word>& ws,
                                                                  std::size_t ci, std::size_t cend);
/// Takes out of `cues` the speech words used as nouns, and those inside what a closing attribution reports.
void drop_noun_cues(std::vector<Cue>& cues, const std::vector<Word>& sw, const Speakers& sp);
/// A sentence opened by a comparative word and a cue with no subject ("Jak dodał, ..."): the cue's index, else 0.
std::size_t subjectless_comparative_cue(const Extractor& ex, const std::vector<Word>& sw);
/// The words m after a cue closing a sentence are the verb's object, not its subject.
bool object_after_cue(const std::vector<Word>& sw, std::size_t ci, std::size_t cend,
                      std::pair<std::size_t, std::size_t> m, const Speakers& sp);
/// The subject `m` is a possessive and a noun, and a bare answer follows "that" at t ("Mis rodillas dicen que sí").
bool figure_answer(const std::vector<Word>& ws, std::pair<std::size_t, std::size_t> m, std::size_t t,
                   const Speakers& sp);

// quote_indirect_clauses.cpp

/// Where the reported words begin in `s` past an agency's dateline opening the sentence at `sb`, else sb.
std::size_t after_dateline(std::string_view s, std::size_t sb, std::size_t end);
/// The byte of the comma closing the relative clause a cue at `ci` stands in, else `se`.
std::size_t relative_clause_end(const std::vector<Word>& ws, std::size_t ci, std::size_t from, std::size_t se,
                                const Speakers& sp);
/// Where the reported words begin after a lead-in naming the speaker and closed by a colon, else `from`.
std::size_t after_lead_in(const std::vector<Word>& ws, std::size_t from, std::size_t close, const Speakers& sp);
/// The words before the cue's comma are a clause a subordinating conjunction opens, no reported words.
bool fronted_clause(const std::vector<Word>& ws, std::size_t from, std::size_t comma,
                    const std::vector<const Lexicon*>& lexs);
/// A participle's helper before the last comma before the cue at `ci`: one clause, no report.
bool helper_before_comma(const std::vector<Word>& ws, std::size_t ci, const std::vector<const Lexicon*>& lexs);
/// "..., el puerto necesita una reforma completa.", "..., le conseil attend une réponse précise.": among the words
/// ws[first..last] before a cue closing the sentence, an article after a word in small letters that is no stopword,
/// preposition or article: a verb and its object, so the cue is an adjective ("completa", "précise"), no subject's
/// verb (quote_indirect_clauses.cpp).
bool verb_inside_subject(const std::vector<Word>& ws, std::size_t first, std::size_t last,
                         const std::vector<const Lexicon*>& lexs);
/// ws[d] before a cue is a dash closing the reported words, the only dash of the sentence up to it.
bool closing_dash(const std::vector<Word>& ws, std::size_t d);
/// The word after one or two report adverbs after the cue ending at `cend` ("said later that"), else cend.
std::size_t after_report_adverbs(const std::vector<Word>& ws, std::size_t cend, const Speakers& sp);
/// The index of "that" past a short gap of time words and adverbs after the cue, or of a preposition; else `k`.
std::size_t after_cue_gap(const std::vector<Word>& ws, std::size_t k, const Speakers& sp);
/// The index of the cue's comma past a short complement after the cue ending before ws[k], else k.
std::size_t comma_past_complement(const std::vector<Word>& ws, std::size_t k, const Speakers& sp);
/// The index of the auxiliary of a cue of one word at ws[ci] past a short complement, else ci.
std::size_t perfect_helper(const std::vector<Word>& ws, std::size_t ci, std::size_t cend, const Speakers& sp);
/// A sentence without a cue in the mood of reported speech goes on with the words of the paragraph's last quote.
bool reported_continuation(const std::vector<Word>& sw, const Speakers& sp);
/// The words from `k` are up to two short phrases a preposition opens, up to the sentence's end.
bool complement_phrases_close(const std::vector<Word>& ws, std::size_t k, const Speakers& sp);
/// A cue of `cues` after the one at `index`, past the word at `t`, stands after a comma and closes the sentence.
bool closing_cue_after(const std::vector<Word>& ws, const std::vector<Cue>& cues, std::size_t index, std::size_t t);
/// Four words opening the sentence, the second or the third a verb of reported speech ("Es gebe keine Alternative").
bool short_reported_clause(const std::vector<Word>& sw, const Speakers& sp);
/// "explicó que faltan datos.", "ha spiegato che mancano dati.", "said that data is missing.": the two or three words
/// after the "that" at sw[t] close the sentence and hold a finite verb: a clause of what was said, short as it is.
bool short_that_clause(const std::vector<Word>& sw, std::size_t t, const Speakers& sp);
/// "One woman, who ...", "jedna z mieszkanek", "one of the residents": `low` counts the people a description names
/// (counted_word, or [count_determiner_words]: "one", "several"), opening it as an article does
/// (quote_indirect_cues.cpp; quote_mentions.cpp reads it after a cue).
bool count_determiner(std::string_view low, const Speakers& sp);
/// The words an indirect quote reports, from the piece of its sentence: no edge marks, no closing stops
/// (quote_indirect.cpp).
std::string reported_words(std::string_view piece);
/// "Pour la ministre, cette réforme va trop loin.": a sentence `sw` of unit u (ending at byte se) opened by a word of
/// [opinion_lead_words], a mention naming someone and its comma, then the view: its indirect quote; whether one was
/// made (quote_opinion_leads.cpp).
bool unmarked_opinion_lead(Extractor& ex, const Unit& u, const std::vector<Word>& sw, std::size_t se,
                           std::size_t base);
/// "Für den Bürgermeister ist klar", "Für die Alpenpost steht fest": after the word at ws[first], a phrase of
/// [opinion_frame_phrases] (of any language) among the next seven words, after one word at least and before any mark:
/// its first word's index and its length in words, {0, 0} when none (quote_opinion_leads.cpp). (A sentence merely
/// opening with "Für", "Für die nächsten Jahre sind ...", frames no one's view.)
std::pair<std::size_t, std::size_t> opinion_frame_phrase(const std::vector<Word>& ws, std::size_t first);
/// The frame of a view: the mention ends before `mention_end` (the phrase's first word), the view opens at `view`.
struct OpinionFrame {
    std::size_t mention_end = 0, view = 0;
};
/// "Für die Alpenpost ist klar: Die Brücke ...", "Für den Bürgermeister steht fest, dass die Brücke ...": ws[first] a
/// word of [opinion_frame_words], a mention of up to six words (a capitalised one among them, no mark), a phrase of
/// [opinion_frame_phrases] right after it, then a colon, or a comma and perhaps "that", and a word after them (the
/// phrase is the evidence: "Für die Stadt stellten die Zahlungen keinen Nutzen dar" tells no one's view); else nullopt.
std::optional<OpinionFrame> opinion_frame(const std::vector<Word>& ws, std::size_t first, const Speakers& sp);
/// "Für die Alpenpost ist klar: Die Brücke wird teurer.": a sentence opened by opinion_frame(), then the view: its
/// indirect quote; whether one was made (quote_opinion_leads.cpp).
bool framed_opinion(Extractor& ex, const Unit& u, const std::vector<Word>& sw, std::size_t se, std::size_t base);
/// "Für den Bürgermeister ist klar: „Wir bauen die Brücke.“": opinion_frame() from ws[first], the quote opening at
/// word `open` right after its colon (or its comma and "that"): the opening word as the cue and the mention.
std::optional<Extractor::According> framed_lead(const Extractor& ex, const std::vector<Word>& ws, std::size_t first,
                                                std::size_t open);
/// The clause at ws[t] opens with a subject in the singular and a verb in the Konjunktiv I of a regular verb.
bool regular_reported_verb(const std::vector<Word>& ws, std::size_t t, const Speakers& sp);
/// "viele Gemeinden fehlten noch": a plural noun phrase at ws[t] and, right after its noun, a verb in the Konjunktiv II
/// that reads as the past ([plural_past_subjunctive_endings]).
bool plural_past_subjunctive(const std::vector<Word>& ws, std::size_t t, const Speakers& sp);
/// A phrase of [quantity_opener_phrases] at ws[t] opens the clause a cue reports without "that" ("at least a ...").
bool quantity_opener(const std::vector<Word>& ws, std::size_t t, const Speakers& sp);
/// The cue `cue` ending before ws[t] reports the clause after it without "that" ("said the council had counted").
bool bare_clause(const std::vector<Word>& ws, std::size_t t, std::string_view cue, const Speakers& sp);
/// "ha spiegato di aver chiesto ...", "dijo haber pedido ...", "a dit avoir demandé ...": the cue ending before ws[t]
/// reports an infinitive clause whose subject is the cue's ([infinitive_report_words], a word of
/// [infinitive_report_links] perhaps before it): the infinitive's index, else 0 (and for a cue (as written) of one
/// word in a past participle's form, [past_participle_endings]: "accusato di aver ...").
std::size_t infinitive_clause(const std::vector<Word>& ws, std::size_t t, std::string_view cue, const Speakers& sp);
/// Where the clause after the one spoken to opens ("told the board the district had lost ..."), else 0.
std::size_t addressee_clause(const std::vector<Word>& ws, std::size_t cend, std::string_view cue_low,
                             const Speakers& sp);

/// "según", "de acuerdo con", "according to": the index past the longest [according] entry opening at word k (its
/// words as listed, one after another), else k ("de la asociación" opens none); defined in quote_cues.cpp beside
/// according_source, which reads it too.
std::size_t according_phrase_end(const std::vector<Word>& ws, std::size_t k, const std::vector<const Lexicon*>& lexs);

} // namespace archive::quoting

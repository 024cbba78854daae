// The state of the quotes stage over a page and the steps that share it: a Unit read, the Extractor (the page's people,
// its quotes, the last speaker; its methods that find and resolve the mention around a cue are in quote_mentions.cpp,
// quote_mention_before.cpp, quote_people.cpp, quote_descriptions.cpp and quote_bodies.cpp), the quotes made
// (quotes.cpp), the quote spans of a unit (quote_marks.cpp), the names a unit adds (quote_names.cpp), indirect speech
// (quote_indirect.cpp) and the words next to an according phrase (quote_according.cpp). Internal to the stage.
#pragma once

#include "archive/archive.hpp"
#include "lexicon.hpp"
#include "quote_nouns.hpp"
#include "quote_speakers.hpp"
#include "quote_words.hpp"
#include "quotes.hpp"

#include <cstddef>
#include <cstdint>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace archive::quoting {

struct Unit {
    std::string_view text;
    Where where;
    int section = -1, paragraph = -1;
    // The line before it (its section's heading, or the paragraph before) is an interviewer's question
    // (interviewer_question, quote_uncued.cpp): a quote opening the unit with no cue is the interviewee's answer.
    bool answers = false;
    // A turn of an interview whose turns open with their speaker's label ("Weber: ...", "M. Dupont : ...", "[00:00:21]
    // CALLUM DYCE: ..."; find_labelled_turns, quote_turns.cpp): the label's key in Extractor::turn_keys (-1: no turn),
    // the label's bytes and where the speaker's words start.
    int turn = -1;
    std::uint32_t label_b = 0, label_e = 0, turn_text = 0;
};

// A speaker's label of an interview's turns (quote_turns.cpp): its key (the name's lower-case words without a title
// before them, or the capitals of initials), its kind, how many turns it opens, and the name's initials.
struct TurnKey {
    enum Kind : char { name, capitals, initialled } kind = name;
    std::string key, initials;
    std::string printed; // the label's words without a title before them, as printed
    int turns = 0;
    int answers = 0; // the turns under a question (a line ending on "?")
    bool outlet = false; // one word in capitals the page prints outside its body too: the paper's ("ZEIT", "SPIEGEL")
};

struct Extractor {
    std::string language;
    Speakers sp;
    // The page's own names, as own_name_key() writes them ("24heures", "nzz": classify()'s, extract_quotes()'s
    // argument): a mention spelling one names the paper (quote_publications.cpp).
    std::vector<std::string> own_names;
    std::vector<Quote> quotes;
    std::optional<std::string> last_speaker;
    bool last_source = false; // the last speaker is a body an according phrase named (body_source)
    std::vector<TurnKey> turn_keys; // the labels of an interview's turns (find_labelled_turns)
    std::optional<std::string> interviewee; // the person an interview's headline names before its colon
    std::optional<std::string> headline_person; // else the one person its headline names (headline_person, quotes.cpp)
    // an obituary's subject: the one person its headline names beside a word of death (quote_obituaries.hpp)
    std::optional<std::string> obituary_subject;
    // The unit being read and the reading position of its first byte (UnitReader): a mention's position there.
    struct Reading {
        std::string_view text;
        std::size_t base = 0;
    } reading;
    // Where the last body quote with a cue of its own stood (section, paragraph), -1 before the first.
    int cue_section = -1, cue_paragraph = -1;
    // A body paragraph closing on a colon after its writer's clause ("Jane Roe continued:", "Die Zeitung berichtet:"):
    // where it stood and the speaker that clause names, who says the quote opening the next paragraph.
    struct ColonLead {
        int section = -1, paragraph = -1;
        std::optional<std::string> speaker;
    } colon_lead;
    std::vector<Word> spare_words; // the room of the last unit's words, for the next unit's
    std::vector<std::pair<std::size_t, std::size_t>> spare_sentences; // and of its sentences
    // The words of the last unit read (extract_quotes read them, looking for the last unit that may read the page's
    // people), for its UnitReader: `ready` is that unit, null once they are taken or when none was read.
    std::vector<Word> ready_words;
    WordsSeen ready_seen;
    const Unit* ready = nullptr;

    // Resolves the words of a mention ("le responsable russe", "il", "Sergueï Lavrov") to a speaker name.
    std::optional<std::string> resolve(std::string_view s, const std::vector<Word>& ws, std::size_t first,
                                       std::size_t last, std::size_t pos);

    // "24 heures", "die NZZ", "Le Temps": where the words from `first` (before `to`), an article perhaps first, spell
    // one of own_names, the index past the last of them; else 0 (quote_publications.cpp).
    std::size_t own_name_end(const std::vector<Word>& ws, std::size_t first, std::size_t to) const;
    // The mention ws[first..last] spells one of own_names: the paper as it printed it, a publication added to the
    // people (Person::publication) and mentioned at `pos`; else nullopt (quote_publications.cpp).
    std::optional<std::string> own_paper(std::string_view s, const std::vector<Word>& ws, std::size_t first,
                                         std::size_t last, std::size_t pos);

    // resolve for a mention that is no name, pronoun nor bare surname: a description of the speaker (its lower-case
    // words `words`, without marks) (quote_descriptions.cpp).
    std::optional<std::string> resolve_description(std::string_view s, const std::vector<Word>& ws, std::size_t first,
                                                   std::size_t last, std::size_t pos,
                                                   const std::vector<std::string_view>& words);

    // "his uncle", "sagte Webers Onkel", "sa mère": the speaker the mention ws[first..last], closed by a relative's noun,
    // names (quote_people.cpp).
    std::optional<std::string> relative(const std::vector<Word>& ws, std::size_t first, std::size_t last,
                                        std::size_t pos);

    // "Mayor Ann Roe, who called it": the words a relative word after the comma at `comma` stands for, a name or an
    // article and its role noun ending right before the comma (quote_people.cpp), or nothing.
    std::optional<std::pair<std::size_t, std::size_t>> antecedent(const std::vector<Word>& ws, std::size_t comma) const;

    bool stop_word(std::string_view w) const;
    // The person "la referente de la APDH" describes (quote_people.cpp), or -1.
    int member_of(const std::vector<Word>& sub, const std::vector<NameSpan>& names, std::size_t pos) const;
    // " von der CFTC" after the name n of a mention's words `sub` (quote_bodies.cpp), or nothing.
    std::string affiliation(std::string_view s, const std::vector<Word>& sub, const NameSpan& n) const;

    // "Filep Karma", "Jane Doe, a spokeswoman": the mention's first words are a person's name.
    bool opens_with_name(const std::vector<Word>& ws, std::size_t first, std::size_t last) const;
    bool capitalised_nouns_here() const;
    // "einem im März veröffentlichten Bericht": past the adjective phrase after an article at a, to the noun.
    std::size_t past_attributes(const std::vector<Word>& ws, std::size_t a) const;

    // "declaró a El Heraldo Limeño.", "disse à Lusa.", "ha detto al Corriere Adriatico.": where the words from `k`,
    // right after a cue, are only the paper or person told ([addressee_preposition_words], then a few words naming
    // them) and close the clause with no subject after them, the index of the mark (or the end) closing it; else 0
    // (quote_mentions.cpp). The verb's subject is the one the text spoke of before.
    std::size_t told_phrase_end(const std::vector<Word>& ws, std::size_t k) const;
    // "the agency", "die Behörde", "l'institution": the words first..last, an article and a generic noun of a body
    // ([body_anaphor_words]), stand for the nearest body named before `pos` (its name), else nullopt
    // (quote_people.cpp).
    std::optional<std::string> body_anaphor(const std::vector<Word>& ws, std::size_t first, std::size_t last,
                                            std::size_t pos) const;
    // "the union", "die Gewerkschaft", "l'entreprise": the noun of a group ([group_anaphor_words]) after its article
    // stands for the one body named with that noun a few names or quotes before `pos` (its name), else nullopt
    // (quote_people.cpp).
    std::optional<std::string> group_anaphor(std::string_view noun, std::size_t pos) const;
    // "all'ANSA", "dall'uscita": `low` opens with a preposition joined to an elided article
    // ([elided_preposition_words]).
    bool elided_preposition(std::string_view low) const;
    // "all'ANSA", "all’Ansa": a preposition of [addressee_preposition_words] elided into the word (the one told).
    bool elided_addressee(std::string_view low) const;
    // The mention after a cue: "a déclaré [mardi] le chef de la diplomatie russe, Sergueï Lavrov[, qui...]".
    std::optional<std::pair<std::size_t, std::size_t>> mention_after(const std::vector<Word>& ws, std::size_t k);
    // Set by mention_after: the words after the cue are a complement only ("ha dicho en una comparecencia", "ha
    // scritto sui social"), no subject found past them; a verb after its quote then carries the subject before.
    bool complement_after = false;
    // "die Vorwürfe", "las cifras oficiales": the words first..last are an article and a noun of what is said or
    // counted ([utterance_words]), perhaps with an adjective: they name no speaker.
    bool utterance_phrase(const std::vector<Word>& ws, std::size_t first, std::size_t last) const;

    // "der ecuadorianische Präsident", "des deutschen Ministeriums": German adjectives before a noun end in -e,
    // -en, -er, -es, -em and stay in the mention.
    static bool adjective_like(std::string_view w);

    // "cynically", "forcefully": the adverb endings listed for the language.
    bool adverb(std::string_view w) const;
    // "Consumer groups welcomed ... but said": the plural noun a sentence's one capitalised opening word qualifies
    // (quote_mention_before.cpp), else 0.
    std::size_t plural_head(const std::vector<Word>& ws, std::size_t n, std::size_t last) const;
    // "Patricia Elizondo celebró la medida, aunque advirtió": the subject of the clause that the comma at `comma`
    // closes, shared by the verb a conjunction joins after it (quote_mention_before.cpp).
    std::optional<std::pair<std::size_t, std::size_t>> subject_before_comma(const std::vector<Word>& ws,
                                                                            std::size_t comma) const;
    bool comparative_cue(const std::vector<Word>& ws, std::size_t ci) const;

    // Punctuation that ends a clause for the purpose of finding its subject (commas and apostrophes do not).
    static bool clause_break(std::string_view p);

    // The mention before a cue: "[Mais] son homologue américain [lui] a assuré".
    std::optional<std::pair<std::size_t, std::size_t>> mention_before(const std::vector<Word>& ws, std::size_t cue);
    std::size_t joined_subject(const std::vector<Word>& ws, std::size_t first, std::size_t last) const;

    // "selon X", "laut X", "according to X", "según X", "secondo X", "X zufolge": the cue and its mention.
    struct According {
        std::size_t cue_first, cue_last, m_first, m_last;
    };
    std::optional<According> according(const std::vector<Word>& ws, std::size_t from, std::size_t to);
    // "Come ha spiegato l'assessore Marco Galli, la tenda ...", "Jak poinformował rzecznik Marek Lis, ustawa ...", "As
    // councillor Mark Boyd explained, the tent ...": a sentence opened by a word of [comparative_opener_words], its
    // cue and the cue's subject, then a comma: the cue (the verb, without the opener) and the mention, the reported
    // clause after the comma (quote_according.cpp).
    std::optional<According> comparative_lead(const std::vector<Word>& ws);
    // "Per il presidente Marco Ferri «Q»", "Pour le maire, « Q »", "Para la presidenta de la asociación, Rosa Delgado,
    // el proyecto «Q»": a sentence opened at `first` by a word of [opinion_lead_words], a mention right after it, then
    // the quote opening at `open` or a comma closing the lead before it: the word as the cue and the mention
    // (quote_according.cpp).
    std::optional<According> opinion_lead(const std::vector<Word>& ws, std::size_t first, std::size_t open);
    // "La obra costará diez millones, según el alcalde.", "..., according to Mayor Tom Vale, head of the council.",
    // "..., secondo quanto ha spiegato il sindaco.": an according phrase after the sentence's last comma but one, its
    // mention closing the sentence (or an apposition after it, with no cue of its own): the phrase's cue and mention,
    // the reported words before the comma right before its cue (quote_according.cpp).
    std::optional<According> closing_according(const std::vector<Word>& ws);

    // "Analysten sprachen von „Panikverkäufen“", "Die Demonstranten skandierten „Q“": German capitalises
    // nouns, so a mention of capitalised nouns alone (after its articles) names the group that spoke.
    std::optional<std::string> noun_group(const std::string& mention) const;

    // Whether the quote's cue is an according phrase naming a body as its source (no last speaker: add).
    bool body_source(const Quote& q, const std::string& speaker) const;
    void add(Quote q, std::optional<std::string> speaker);
};

/// The one named person of the page a lede's mention "article + role noun" describes ("Il presidente" -> the body's
/// "Il presidente della Regione, Stefano Ferri"), else nothing (quote_people.cpp).
std::optional<std::string> lede_role_holder(const std::string& mention, const Speakers& sp);
// The one person of the page described by all of `words` (lower case), the last a role noun ("transport minister" of
// "Transport Minister Rakesh Malhotra"): else nullopt (quote_people.cpp).
std::optional<std::string> role_holder(const std::vector<std::string>& words, const Speakers& sp);

/// The quoted words collapsed, without the commas and spaces at their end.
std::string strip_edge_punct(std::string_view quoted);

/// s has n words or more (text::words_lower(s).size() >= n); the words after the n-th are not read.
bool has_words(std::string_view s, int n);

/// A quote of `kind` with text `t`, placed in unit `u`.
Quote make_quote(const Unit& u, std::string t, QuoteKind kind);

/// find_quote_spans(s) read from `ws`, the words of all of s (words_of(s, 0, s.size(), lexs)): the same spans.
std::vector<QuoteSpan> find_quote_spans(std::string_view s, const std::vector<Word>& ws);
/// find_quote_spans(s, ws) in `out`, whose room is reused (a unit's spans in the room of the last unit's).
void find_quote_spans_into(std::vector<QuoteSpan>& out, std::string_view s, const std::vector<Word>& ws);

/// Some word of `ws` (a unit's words, read by words_into with lexicons, which saw `seen`) may start the reading of
/// indirect_speech: with none, it finds nothing in any sentence of the unit.
bool may_hold_indirect_speech(const std::vector<Word>& ws, const WordsSeen& seen);

/// "sagte am Mittwoch die Sprecherin", "zei op dinsdagavond de minister": where the words from `k` open with a time
/// (a preposition, then a weekday, a month, a time of day among small words and figures, up to four words) and a
/// word that is no preposition follows it, the index after that time; else k (quote_indirect_cues.cpp).
std::size_t after_time_phrase(const std::vector<Word>& ws, std::size_t k, const Speakers& sp);

/// The words first..last read as a cue's subject without a finite helper verb and the adverbials after it ("soll der
/// Bürgermeister", "Der Landrat hat am Montag") nor a time phrase closing them ("der Stadtrat am Freitag")
/// (quote_mention_before.cpp).
void helper_bounds(const std::vector<Word>& ws, std::size_t& first, std::size_t& last, const Speakers& sp);

/// "„Q“, stellte Lorenz fest", "Het bad gaat dicht, maakte de gemeente maandag bekend.": a separable verb at `ci`
/// whose particle closes the clause (the cue, ending before `cend`, spans more words than its text `cue_text` holds)
/// has its subject between verb and particle: that mention, else none (quote_indirect_cues.cpp).
std::optional<std::pair<std::size_t, std::size_t>> separated_subject(Extractor& ex, const std::vector<Word>& ws,
                                                                     std::size_t ci, std::size_t cend,
                                                                     std::string_view cue_text);

/// The names of unit text `s` (its words `ws`, its quoted `spans`) noted as people of ex.sp, with what the words
/// around them tell (quote_names.cpp); `base` places the unit's bytes among all units; `caption`: the unit is a
/// picture's caption, whose names open no sentence of the text (no subject's evidence).
void note_names(Extractor& ex, std::string_view s, const std::vector<Word>& ws, const std::vector<QuoteSpan>& spans,
                std::size_t base, bool caption = false);

/// The reported speech without quote marks in the sentences `sents` of unit u that hold none of its `spans`
/// (quote_indirect.cpp); `ws` are the unit's words, `base` places its bytes among all units. (Some of the unit's
/// sentences, in reading order: UnitReader::read gives it those before each quoted span in turn.)
void indirect_speech(Extractor& ex, const Unit& u, const std::vector<Word>& ws, const std::vector<QuoteSpan>& spans,
                     std::span<const std::pair<std::size_t, std::size_t>> sents, std::size_t base);

/// "der", "des", "eines": w is a lower-case article, complement or indefinite word of the lexicons, which opens the
/// genitive after a German noun ("einem Bericht der Zeitung") (quote_mentions.cpp).
bool genitive_opener(const Word& w, const Speakers& sp);

/// "según ha informado el Ayuntamiento", "selon ce qu'a dit": where the words from `j`, right after an according
/// phrase, are a speech verb (perhaps after its auxiliary, or opening its clause with words of [according_clauses]),
/// the index past it: the verb belongs to the cue and its subject after it is the mention; else j (quote_according.cpp).
std::size_t past_according_verb(const std::vector<Word>& ws, std::size_t j, const Speakers& sp);

/// "según dijo a El Diario una fuente", "secondo quanto riferito al Corriere da una fonte": where the words from `j`,
/// after an according phrase's verb, are the paper or person told (a word of [addressee_preposition_words], capitalised
/// words, in Italian the agent's "da"), the index of the subject after them; else j (quote_according.cpp).
std::size_t past_addressee(const std::vector<Word>& ws, std::size_t j, const Speakers& sp);

/// "Ramón, no entiendo tu pregunta. Pero recuerda que ...": unit words `ws` that speak to their reader in the familiar
/// form ([familiar_address_words], outside the quoted `spans`), a reader's comment or a service text: there a verb
/// opening a sentence with no subject is an imperative, and names no speaker (quote_carried_subject.cpp).
bool addresses_reader(const std::vector<Word>& ws, const std::vector<QuoteSpan>& spans,
                      const std::vector<const Lexicon*>& lexs);

} // namespace archive::quoting

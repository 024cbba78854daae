// The pieces of the quotes stage shared by its parts: a unit's words (quote_words.cpp), the word lists asked about them
// (quote_word_tags.cpp) and speech-verb cues (quote_cues.cpp); role, title and common nouns (quote_nouns.cpp) and the
// names in a sentence (quote_name_spans.cpp, offices of a place in quote_offices.cpp); the mention around a cue (quote_mentions.cpp) and the
// document an impersonal cue names (quote_documents.cpp); the people table (quote_speakers.cpp) and the resolution of
// mentions to speakers (quote_people.cpp, quote_descriptions.cpp); the names a unit adds to it (quote_names.cpp);
// reading a unit (quote_reader.cpp, with UnitReader in quote_reader.hpp), attribution by a cue (quote_attribution.cpp,
// quote_attribution_before.cpp, quote_subjects.cpp) and without one (quote_uncued.cpp), indirect speech without quote
// marks (quote_indirect.cpp). Quote marks are in quote_marks.cpp. Internal: the stage's
// interface is quotes.hpp and pipeline.hpp.
#pragma once

#include "quotes.hpp"

#include "archive/archive.hpp"
#include "lexicon.hpp"

#include <algorithm>
#include <array>
#include <cstddef>
#include <cstring>
#include <cstdint>
#include <map>
#include <optional>
#include <set>
#include <span>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace archive::quoting {

/// The first i >= from where is[s[i]] holds, or s.size(). Eight bytes are passed at once when none of them is
/// one of `bytes` (the bytes is[] marks: a few, all below 0x80 unless `high` says that every byte >= 0x80 may be).
template <std::size_t N>
std::size_t skip_to(std::string_view s, std::size_t from, const std::array<bool, 256>& is, const char (&bytes)[N],
                    bool high) {
    constexpr std::uint64_t ones = 0x0101010101010101ULL, tops = 0x8080808080808080ULL;
    std::size_t i = from;
    for (;;) {
        for (; i + 8 <= s.size(); i += 8) {
            std::uint64_t v = 0;
            std::memcpy(&v, s.data() + i, 8);
            std::uint64_t hit = high ? v & tops : 0;
            for (std::size_t k = 0; k + 1 < N; ++k) { // (N counts the literal's final zero)
                std::uint64_t x = v ^ (ones * static_cast<unsigned char>(bytes[k]));
                hit |= (x - ones) & ~x & tops;
            }
            if (hit != 0)
                break;
        }
        const std::size_t stop = std::min(i + 8, s.size());
        while (i < stop && !is[static_cast<unsigned char>(s[i])])
            ++i;
        if (i < stop || i == s.size())
            return i;
    }
}

struct Word {
    std::size_t b = 0, e = 0;
    // The lower-cased word, in the word store of words_of (valid until the next page's extract_quotes; a mark and
    // a word without capitals are views of the text itself), or in the string a caller built the Word from.
    std::string_view low;
    bool upper = false; // opens with a capital (a punctuation token never does)
    bool punct = false; // a punctuation token: , . ; : ! ? ( ) or a quote mark
    bool acronym = false; // two letters or more, all capitals: "CFTC", "SPD"
    bool tagged = false;  // `tags` holds WordTags::of(low) and `hyphen` is set (words_of with word lists sets them)
    std::uint16_t tags = 0;
    bool hyphen = false; // low has a '-' ("a-t-il", "jean-marc")

    bool has_hyphen() const { return tagged ? hyphen : low.find('-') != std::string::npos; }
};

/// `w` ends with `end` and has more than `more` bytes before it ("aussenminister" ends with "minister" after six).
inline bool ends_after(std::string_view w, std::string_view end, std::size_t more) {
    return w.size() > end.size() + more && (end.empty() || w.back() == end.back()) &&
           w.compare(w.size() - end.size(), end.size(), end) == 0;
}

/// The lists the quotes stage asks about every word, in one table: a word's tags are found with one hash.
class WordTags {
public:
    static constexpr std::uint16_t speech_verb = 1;   // Lexicon::has_speech_verb
    static constexpr std::uint16_t auxiliary = 2;     // [participle_auxiliaries]
    static constexpr std::uint16_t cue_adverb = 4;    // [cue_adverbs]
    static constexpr std::uint16_t speech_phrase = 8; // the first word of a [speech_phrases] entry
    static constexpr std::uint16_t according = 16;    // the first word of an [according] entry
    static constexpr std::uint16_t stopword = 32;     // Lexicon::stopwords
    static constexpr std::uint16_t according_entry = 64; // a whole [according] entry ("laut", "selon")
    static constexpr std::uint16_t person_title = 128;   // a key of Lexicon::person_titles ("mr.", "frau")
    static constexpr std::uint16_t complement = 256;     // [complement_words]
    static constexpr std::uint16_t feminine = 512;       // [feminine_words]
    static constexpr std::uint16_t masculine = 1024;     // [masculine_words]
    static constexpr std::uint16_t nationality = 2048;   // [nationality_words]
    static constexpr std::uint16_t preposition = 4096;   // [preposition_words]
    static constexpr std::uint16_t article = 8192;       // [articles]
    static constexpr std::uint16_t possessive = 16384;   // [possessive_words]
    static constexpr std::uint16_t abbreviation = 32768; // [abbreviation_words]

    explicit WordTags(const std::vector<const Lexicon*>& lexs);
    /// The tags of `w` for any of the lexicons, 0 for a word in none of the lists.
    std::uint16_t of(std::string_view w) const {
        if (w.size() - 1 < 8) // (1 to 8 bytes)
            return short_of(w);
        return w.empty() ? empty_ : table_.of(w);
    }
    /// The tags of a word, read from it when words_of set them.
    std::uint16_t of(const Word& w) const { return w.tagged ? w.tags : of(w.low); }
    /// of(w) for a word of `size` bytes, 1 to 8, given as its bytes in an integer, the first lowest, zeros above them
    /// (words_of holds a short word's bytes in an integer already: no second load of them).
    std::uint16_t of_short_bytes(std::uint64_t bytes, std::size_t size) const {
        for (std::size_t k = slot_of(bytes);; k = (k + 1) & mask_) {
            const ShortSlot& slot = short_[k];
            if (slot.key == bytes && slot.size == size)
                return slot.tags;
            if (slot.size == 0)
                return 0;
        }
    }

    /// Whether w may be role_noun(w): false when it is two bytes or more and no role word of the lexicons, nor an
    /// ending of one, ends with its last two bytes (most capitalised words asked about), true otherwise.
    bool may_be_role_noun(std::string_view w) const { return role_endings_.may_end(w); }
    /// The same for common_noun(w) and the [noun_ending_words] ("ung", "heit": German only).
    bool may_be_common_noun(std::string_view w) const { return noun_endings_.may_end(w); }

private:
    // The last two bytes of the entries of word lists that role_noun and common_noun compare with the ends of words,
    // as 65536 bits: a word whose last two bytes are none of them ends with no entry, and is turned away inline
    // before the entries are walked.
    struct EndPairs {
        std::array<std::uint64_t, 1024> bits{};
        bool short_entry = false; // an entry of fewer than two bytes: the bits do not answer
        static std::size_t pair_of(std::string_view w) {
            return static_cast<std::size_t>(static_cast<unsigned char>(w[w.size() - 2])) << 8 |
                   static_cast<unsigned char>(w.back());
        }
        void add(std::string_view entry) {
            if (entry.size() < 2) {
                short_entry = true;
                return;
            }
            const std::size_t bit = pair_of(entry);
            bits[bit / 64] |= std::uint64_t{1} << (bit % 64);
        }
        bool may_end(std::string_view w) const {
            if (short_entry || w.size() < 2)
                return true;
            const std::size_t bit = pair_of(w);
            return (bits[bit / 64] >> (bit % 64) & 1) != 0;
        }
    };
    EndPairs role_endings_, noun_endings_;

    void add(std::string_view w, std::uint16_t tag);
    // Words of one to eight bytes, most of the words asked about and most listed words, are kept as one integer of
    // their bytes: a word is found by one multiplication and integer compares, without comparing bytes one by one
    // (those are most look-ups that find a word: stopwords). Longer words are in table_.
    struct ShortSlot {
        std::uint64_t key = 0;
        std::uint16_t tags = 0;
        std::uint8_t size = 0; // 0: an empty slot
    };
    void place(const ShortSlot& word);
    static std::uint64_t key_of(std::string_view w) {
        if (w.size() == 8) {
            std::uint64_t v = 0;
            std::memcpy(&v, w.data(), 8);
            return v;
        }
        return StringHash::tail_bytes(w.data(), w.size());
    }
    std::size_t slot_of(std::uint64_t key) const {
        return static_cast<std::size_t>((key * 0x9E3779B97F4A7C15ULL) >> shift_);
    }
    std::uint16_t short_of(std::string_view w) const { return of_short_bytes(key_of(w), w.size()); }
    std::vector<ShortSlot> short_;
    std::size_t mask_ = 0, used_ = 0;
    int shift_ = 64;
    std::uint16_t empty_ = 0; // the tags of the empty word
    TagTable<std::uint16_t> table_;
};

/// Empties the store of the words words_of lower-cases (their `low` views): a page's words die with its
/// extract_quotes, which calls this first.
void reset_word_store();

/// The set of lexicons word_tags was asked about last on this thread, and its WordTags.
struct LastWordTags {
    std::size_t n = 0;
    std::array<const Lexicon*, 16> key{};
    const WordTags* tags = nullptr;
};
inline thread_local LastWordTags last_word_tags;

/// word_tags(lexs) for another set than the last one asked: found or built, then remembered as the last.
const WordTags& word_tags_of_new_set(const std::vector<const Lexicon*>& lexs);

/// The WordTags of a set of lexicons, built once per thread. (Asked ~15K times a page of one set: the set asked
/// last is answered inline.)
inline const WordTags& word_tags(const std::vector<const Lexicon*>& lexs) {
    const LastWordTags& last = last_word_tags;
    if (last.tags != nullptr && lexs.size() == last.n) {
        // (the sets are compared a pointer at a time, inline: most hold one lexicon, and std::equal of pointers is a
        // call of memcmp, which cost more than the look-up it guards)
        std::size_t k = 0;
        while (k < last.n && lexs[k] == last.key[k])
            ++k;
        if (k == last.n)
            return *last.tags;
    }
    return word_tags_of_new_set(lexs);
}

/// in_list(lexs, section, w) for a section WordTags holds as `tag` ([articles] as WordTags::article...): one look-up
/// in the table of the set instead of finding the section by its name in each lexicon.
inline bool has_tag(const std::vector<const Lexicon*>& lexs, std::uint16_t tag, std::string_view w) {
    return (word_tags(lexs).of(w) & tag) != 0;
}

/// "dit-il", "a-t-elle", "estime-t-on": a word that may be an inverted verb, split by cues_in into the verb and its
/// subject pronoun; no other word with a hyphen ("porte-parole", "well-known") can be read as one.
bool ends_with_subject_clitic(std::string_view low);
inline bool inverted_shape(const Word& w) {
    return w.has_hyphen() && ends_with_subject_clitic(w.low); // (most words have no hyphen: no call)
}

// "Mr.", "Rep.", "Dr.", "Mme.": a title abbreviation listed for the language keeps its dot.
bool abbreviation(const std::vector<const Lexicon*>* lexs, std::string_view low);

// "L'opposition", "D'Alema" vs "O'Neill": an elided article before a lower-case noun makes no name.
bool elided_article(std::string_view w);
/// "l'élue", "l’adjoint": the word after an article elided with an apostrophe (' or U+2019), else w.
inline std::string_view after_elision(std::string_view w) {
    if (w.size() > 2 && w[1] == '\'')
        return w.substr(2);
    if (w.size() > 4 && w[1] == '\xE2' && w.compare(1, 3, "\xE2\x80\x99") == 0)
        return w.substr(4);
    return w;
}

std::vector<Word> words_of(std::string_view s, std::size_t from, std::size_t to,
                           const std::vector<const Lexicon*>* lexs = nullptr);
/// Every quote mark starts with one of these bytes: ' " or the first byte of « » (C2), of „ “ ” ‘ ’ ‚ ‹ › (E2) and of
/// 「 」 『 』 (E3).
inline constexpr std::array<bool, 256> quote_mark_byte = [] {
    std::array<bool, 256> bytes{};
    for (unsigned char b : {'\'', '"', '\xC2', '\xE2', '\xE3'})
        bytes[b] = true;
    return bytes;
}();

/// What words_into met among the words it read, for the checks of a whole unit to read instead of its words.
struct WordsSeen {
    // The tags of all the words, or'ed (words read with lexicons), and of each word that took a dot without it.
    std::uint16_t tags = 0;
    bool hyphen = false;    // a word with a hyphen inside ("porte-parole", "dit-il")
    bool dot = false;       // a word that took the dot after it ("Dr.", "J.")
    bool mark = false;      // a mark of punctuation that is ' or a quote mark (text::is_quote_mark)
};
/// words_of(s, from, to, lexs) in `out`, whose room is reused (a unit's words in the room of the last unit's).
WordsSeen words_into(std::vector<Word>& out, std::string_view s, std::size_t from, std::size_t to,
                     const std::vector<const Lexicon*>* lexs);
/// words_of(s, from, to, lexs) from `ws`, the words_of(s, 0, s.size(), lexs) of the whole paragraph, for `from` a
/// word's start and `to` a word's end in ws (a sentence's bounds): most words are taken from ws.
std::vector<Word> words_between(std::string_view s, const std::vector<Word>& ws, std::size_t from, std::size_t to,
                                const std::vector<const Lexicon*>* lexs);
/// words_between(s, ws, from, to, lexs) as ws[first, inner_end) followed by `tail`, before it is copied: a caller
/// may look at the words first and copy them only when it needs them.
struct WordsBetween {
    std::size_t first = 0, inner_end = 0;
    std::vector<Word> tail;
};
WordsBetween words_between_parts(std::string_view s, const std::vector<Word>& ws, std::size_t from, std::size_t to,
                                 const std::vector<const Lexicon*>* lexs);
/// The words the parts stand for.
std::vector<Word> words_between(const std::vector<Word>& ws, WordsBetween parts);
/// words_between(ws, parts) in `out`, whose room is reused.
void words_between_into(std::vector<Word>& out, const std::vector<Word>& ws, WordsBetween parts);

std::vector<const Lexicon*> lexicons_for(std::string_view language);

bool in_list(const std::vector<const Lexicon*>& lexs, std::string_view section, std::string_view w);

/// "Trotzdem", "sin embargo", "on the other hand", "auf der anderen Seite": the number of words of the sentence adverb
/// of [sentence_adverb_words] or [sentence_adverb_phrases] (a phrase of two to four words) opening at word i, 0 when
/// none (quote_subjects.cpp).
std::size_t sentence_adverb_at(const std::vector<Word>& ws, std::size_t i, const std::vector<const Lexicon*>& lexs);

/// lex->section(name), remembered per thread for the few names the stage asks on every word.
const LexiconSection* section_of(const Lexicon* lex, std::string_view name);

/// in_list(lexs, name, w) with the sections found once, on the first word asked: for a function that asks one list
/// about many words (a section found by its name for each word cost more than the word's own look-up), and may ask
/// none.
class ListOfLexicons {
public:
    ListOfLexicons(const std::vector<const Lexicon*>& lexs, std::string_view name) : lexs_(lexs), name_(name) {}
    bool has(std::string_view w) const {
        if (!found_)
            find();
        if (lexs_.size() > secs_.size()) // (more lexicons than there are languages: asked the slow way)
            return in_list(lexs_, name_, w);
        for (std::size_t k = 0; k < n_; ++k)
            if (secs_[k]->has(w))
                return true;
        return false;
    }

private:
    void find() const {
        found_ = true;
        if (lexs_.size() <= secs_.size())
            for (const Lexicon* lex : lexs_)
                if (const LexiconSection* sec = section_of(lex, name_))
                    secs_[n_++] = sec;
    }
    const std::vector<const Lexicon*>& lexs_;
    std::string_view name_;
    mutable bool found_ = false;
    mutable std::array<const LexiconSection*, 16> secs_{};
    mutable std::size_t n_ = 0;
};

// "Mr.", "Frau", "Mme": a title before a name, with the gender it gives ('m', 'f', 'x'); 0 when w is none.
// The lists hold "title gender" lines.
char person_title(const std::vector<const Lexicon*>& lexs, std::string_view w);

bool is_speech_verb(const std::vector<const Lexicon*>& lexs, std::string_view w);
/// text::without_accents(w, false) for a word of ASCII and of the letters U+00C0..U+017F, each letter folded alone;
/// nullopt for a word with any other byte (quote_cues.cpp, which folds the speech verbs so).
std::optional<std::string> fold_latin_letters(std::string_view w);

std::vector<Cue> cues_in(std::string_view s, const std::vector<Word>& ws, const std::vector<const Lexicon*>& lexs);

/// "ha fatto sapere", "dio a conocer": cues_in with the cues of several words listed in [speech_phrases], in reading
/// order.
std::vector<Cue> cues_with_phrases(std::string_view s, const std::vector<Word>& ws,
                                   const std::vector<const Lexicon*>& lexs);
/// cues_with_phrases(s, ws, lexs) in `out`, whose room is reused (a unit's cues in the room of the last unit's).
void cues_with_phrases_into(std::vector<Cue>& out, std::string_view s, const std::vector<Word>& ws,
                            const std::vector<const Lexicon*>& lexs);

struct Person {
    std::string name;
    char gender = 'x';
    // The words of its descriptions, each once, in the order met (a person has a few: a short vector, searched
    // through, costs less than the nodes of a tree).
    std::vector<std::string> roles;
    std::vector<std::string> nations;
    // Known to be a person, not a place or a body named like one ("South Carolina", "Harvard University"):
    // a title or role noun stood before the name, a pronoun was resolved to it, or a cue attributed words to it.
    bool personal = false;
    bool subject = false; // named once where it could be the subject of a sentence
    // Named right after a preposition holding an article ("am Flughafen Halle", "au Palais Bourbon"): a place or a
    // building, which a pronoun stands for only when the name was also a subject, or is known to be a person.
    bool place = false;
    std::string low;      // text::lower(name), kept in step with name (find_person compares it on every miss)
};

/// Two words of descriptions agree: the same, or one the other with an ending of three bytes at most
/// ("américain" / "américaine"; "council" / "councillor" too) (quote_nouns.cpp).
bool same_word(std::string_view a, std::string_view b);
std::size_t matches(const std::vector<std::string>& words, const std::string& w);
/// 1 when a word of `words` is a compound whose last part is w ("finanzministerin" ends with "ministerin", "minister"
/// agrees with it), its first part three bytes or more, else 0.
std::size_t compound_matches(const std::vector<std::string>& words, const std::string& w);
/// "dell'allenatore", "l’adjoint", "d'Amato": the word after an elided article or preposition of four bytes at most
/// (' or U+2019), else w (quote_nouns.cpp).
std::string_view after_elided_prefix(std::string_view w);
/// 1 when a word of `words` names the same role as w in a group of [role_synonyms] ("boss" / "manager", "Trainer" /
/// "Coach"), else 0.
std::size_t synonym_matches(const std::vector<std::string>& words, std::string_view w, const std::vector<const Lexicon*>& lexs);

struct Unit {
    std::string_view text;
    Where where;
    int section = -1, paragraph = -1;
};

struct Speakers {
    std::vector<const Lexicon*> lexs;
    bool capitalised_nouns = false; // German
    std::vector<Person> people;
    std::vector<std::pair<std::size_t, int>> events; // (reading position, person)
    // "The city's mayor presented a plan", "De minister van Verkeer presenteerde": a role noun after an article with
    // no name it describes, at its reading position (note_names): whoever is named after it is not that role's
    // holder unless described with it.
    std::vector<std::pair<std::size_t, std::string>> roles_met;

    bool stopword(std::string_view w) const;
    bool pronoun(std::string_view w, char& gender) const;
    // "uncle", "Onkel", "mère": w is in [kin_words] of the lexicons; the sections are found on the first word asked
    // (kin_of asks it of each unnamed person a pronoun passes) and held in kin_sections.
    bool kin_word(std::string_view w) const;
    mutable std::vector<const LexiconSection*> kin_sections;
    mutable bool kin_found = false;
    // The gender a description gives ('f', 'm', or 'x'): its first word that carries one, in the order given
    // ("la députée", "the spokeswoman", "die Sprecherin", "il sindaco"), words of a complement aside ("le chef
    // de la diplomatie" is a man's description). `reversed`: the words run from the name backwards. `known_tags`,
    // when given, holds the WordTags of each word, read already.
    char gender_of(const std::vector<std::string_view>& words, bool reversed = false,
                   const std::vector<std::uint16_t>* known_tags = nullptr) const;
    bool nationality(std::string_view w) const;

    StringMap<int> by_last_name; // lower-case last word -> first person with it
    // The keys of by_last_name as bits of word_bit: most words asked about are no one's last name, and are turned
    // away here without a look-up.
    std::array<std::uint64_t, 64> last_words{};
    static std::size_t word_bit(std::string_view low_word);
    int find_by_last_name(std::string_view low_last) const;
    // "a Agência Portuguesa do Ambiente (APA)": the acronym (lower case) by which the text names people[k] later.
    void note_acronym(int k, std::string_view low_acronym);
    // The lower-case first words of the names of several words people had, as bits of first_word_bit: find_person
    // looks for a longer name opening with the one asked only when its first word may open one,
    std::array<std::uint64_t, 64> first_words{};
    // and then only among the people in the chain of its bit's last eight bits, not among all the page's people:
    // the chains run through `openers` (a head and a next are an index in openers plus one, 0 ending the chain;
    // 256 heads, few enough to be cleared for each page at little cost). A person whose name grew longer is in
    // the chain of each first word it had.
    struct Opener {
        int person = 0;
        std::uint32_t next = 0;
    };
    std::vector<Opener> openers;
    std::array<std::uint32_t, 256> opener_head{};
    static std::size_t first_word_bit(std::string_view low_name);
    void note_first_word(int k); // (people[k].low, as it is now)

    static std::string last_word(const std::string& name);

    int find_person(std::string_view name) const;
    // find_person for a name lower-cased already (text::lower(name)).
    int find_lowered_name(std::string_view low_name) const;
    // find_person for one word lower-cased already (a word's `low`, without a space): text::lower(low) is low.
    int find_person_lowered(std::string_view low) const;
    // The person with the longest name opening with the words of `low_name`, lower-cased; -1 when none.
    int longest_opening(std::string_view low_name) const;

    // "Nell Brooks" after "Ellen “Nell” Brooks": the lower-case `given` name is a nickname in quote marks inside the
    // lower-case `known` name.
    static bool nicknamed(std::string_view known, std::string_view given);
    int add_person(std::string_view name); // (copied only when it names someone new or a longer form)
    // add_person for a name whose lower case is at hand: `low` is text::lower(name) (note_names joins its words'
    // `low`, read already, rather than lower-casing the name a second time).
    int add_person(std::string_view name, std::string_view low);
    // Appends a new person named `name` (`low`: text::lower(name)), who has no description yet; its index. The
    // person is made in the room of one of spare_people when there is one.
    int new_person(std::string_view name, std::string_view low);
    // The people of the thread's earlier pages, emptied into here by clear_people: their names' and lists' room is
    // taken again by the next page's people (given back to the allocator with each page, it was taken again by the
    // next).
    std::vector<Person> spare_people;
    // people.clear(), with each person's room kept in spare_people.
    void clear_people();

    // The words of a description of person k become its roles and nations (`known_tags`: as for gender_of).
    void describe(int k, const std::vector<std::string_view>& words,
                  const std::vector<std::uint16_t>* known_tags = nullptr);

    void mentioned(std::size_t pos, int k);
    // One of the role nouns `roles` was met with no name (roles_met) before person k was first mentioned.
    bool role_met_before(const std::vector<std::string_view>& roles, int k) const;

    // Persons mentioned before `pos`, most recent first; only the last mentions count (recency is what
    // resolves a pronoun or a role), which also keeps the cost bounded on pages full of names.
    std::vector<int> recent(std::size_t pos) const;
    // !recent(pos).empty(), without the list: someone among the last mentions was mentioned before `pos`.
    bool mentioned_before(std::size_t pos) const;
};

bool particle(std::string_view w);

// Capitalised word runs that look like names: "Sergueï Lavrov", "Angela Merkel", "Jean-Marc de la Tour".
struct NameSpan {
    std::size_t first, last; // word indices, inclusive
};

// "Gemeindepräsidentin", "Bundeskanzlerin", "Minister": a capitalised role noun is not part of the name.
// (WordTags::may_be_role_noun turns most words away before it, where a caller has the tags at hand)
bool role_noun(std::string_view w, const Speakers& sp);

/// "der Sprecher des Ministers", "a spokesman for the minister", "the minister's aide", "le porte-parole du ministre":
/// the role nouns of a description (its lower-case words, no marks) that name the person its first role noun works
/// for, after a [complement_words] word (a German article) or in the genitive before it; empty when it has no role
/// noun of its own (quote_nouns.cpp).
std::vector<std::string_view> owner_roles(const std::vector<std::string_view>& words, const Speakers& sp);
/// Person p is the one the owner_roles `owners` of description `words` name: its roles agree with one of them, and
/// with none of the description's own role nouns (quote_nouns.cpp).
bool owner_described(const Person& p, const std::vector<std::string_view>& words,
                     const std::vector<std::string_view>& owners, const Speakers& sp);

/// "Reuters", "Nachrichtenagentur Reuters", "Süddeutsche Zeitung", "Wednesday": person p's name is a news agency's, holds
/// a noun of an agency or (past its first word) of a title or a body, or is a date's: a medium, a body or a day the
/// names of a text were taken for, not a person (quote_descriptions.cpp).
bool no_person(const Person& p, const Speakers& sp);
/// "Einwohner Bergstadts", "Hälfte der Befragten": the lower-case name `low` opens with a plural noun of a group of
/// people ([group_words]) or a share of one ([share_words]), so names a group, no person (quote_descriptions.cpp).
bool group_run(std::string_view low, const Speakers& sp);
/// "Monday", "March", "Lundi": `low` names a day or a month of the language, so no one, although capitalised
/// (quote_descriptions.cpp).
bool date_word(std::string_view low, const Speakers& sp);
/// "a media report", "einem Medienbericht", "un rapport": `low` is a noun of a text or a medium ([report_words]; where
/// nouns are capitalised the end of a compound too), which names no speaker; `upper`: the word is capitalised
/// ("the Associated Press" names an agency) (quote_descriptions.cpp).
bool report_noun(std::string_view low, bool upper, const Speakers& sp);
/// "a spokesman for the agency said": a person with no name, described by the words of the role (`words` up to a
/// complement word) and of `gender`, joins the book mentioned at `pos` (quote_descriptions.cpp).
void add_unnamed(Speakers& sp, std::size_t pos, char gender, const std::vector<std::string_view>& words);
/// Person p is one add_unnamed brought in: someone the text does not name.
inline bool unnamed(const Person& p) {
    return p.name.empty();
}
/// "dijo la alcaldesa" after "el alcalde Ana Ruiz", "la prima cittadina" after "il sindaco Anna Rossi": the person a
/// feminine description (its lower-case words) names at reading position `pos` when the only person holding its
/// role, or the masculine form [feminine_role_forms] gives it, was described as a man; -1 otherwise
/// (quote_role_forms.cpp).
int feminine_role_holder(const std::vector<std::string_view>& words, std::size_t pos, const Speakers& sp);

// "Zeitung", "Fernsehsender", "film", "opération": a noun that names a title or a body; in German also the
// compounds ending in one ("Tageszeitung", "Umweltorganisation").
bool title_noun(std::string_view w, const Speakers& sp);
/// w is an entry of the word list `section` or, where nouns are capitalised, a compound ending in one after three
/// bytes or more ("Tageszeitung", "Medienberichten").
bool listed_noun(std::string_view w, std::string_view section, const Speakers& sp);

// German nouns are capitalised like names: the endings listed for the language mark a common noun.
// (WordTags::may_be_common_noun turns most words away before it)
bool common_noun(std::string_view w, const Speakers& sp);

/// "Reuters' Jane Roe", "the Times’ Ben Vale": ws[j] is an apostrophe alone (' or ’) glued to the end of a
/// capitalised word ending in s, two capitalised words after it: the owner's possessive, which the word splitter leaves
/// a mark of its own (no letter follows it inside the word) (quote_name_spans.cpp).
bool owner_apostrophe(const std::vector<Word>& ws, std::size_t j);

/// "Ellen “Nell” Brooks", "Jean « Jeannot » Martin", "Hans „Hansi“ Meier": ws[e], a capitalised word, is followed by
/// a nickname of one or two capitalised words in quote marks and a capitalised word that may be a surname: the
/// surname's index, else 0 (quote_name_spans.cpp).
std::size_t nickname_end(const std::vector<Word>& ws, std::size_t e, const Speakers& sp);
/// "Chief Executives von Hongkong", "Chief Executive of Hong Kong": the capitalised words ws[k..e] open with role words
/// of any language's [role_words] (one with a final s dropped too), then a name's particle or a word of
/// [body_link_words] and a capitalised word: an office of a place, no person's name (quote_offices.cpp).
bool office_of_place(const std::vector<Word>& ws, std::size_t k, std::size_t e);
std::vector<NameSpan> names_in(const std::vector<Word>& ws, const Speakers& sp);
/// names_in(ws, sp) in `out`, whose room is reused.
void names_into(std::vector<NameSpan>& out, const std::vector<Word>& ws, const Speakers& sp);

std::string span_text(std::string_view s, const std::vector<Word>& ws, std::size_t first, std::size_t last);

// The people's parts: the nouns and names above (quote_nouns.cpp, quote_name_spans.cpp), the mention around a cue (Extractor's
// mention_after, mention_before, according: quote_mentions.cpp), its resolution to a speaker (quote_people.cpp,
// quote_descriptions.cpp).

/// The entries of section `name` of lex, empty when the language has none (quote_nouns.cpp).
std::span<const std::string_view> entries_of(const Lexicon* lex, std::string_view name);

/// "Ministry for Housing and Communities", "Amt für Umwelt und Energie", "Ministère de la Culture et de la
/// Communication": ws[j], a word of [body_and_words], joins two parts of one body's name: capitalised words stand before
/// it back to the word linking a body's noun to what it is of ([body_link_words] after a [body_words] noun; an article
/// may stand between), and one to three capitalised words after it (perhaps after the linking word and an article
/// again), no role noun, title nor person known already. The index of the last of those, else 0 (quote_bodies.cpp).
std::size_t body_name_joint(const std::vector<Word>& ws, std::size_t j, const Speakers& sp);
/// "Department of Wildlife Care", "Amt für Umwelt und Energie", "Institut für Hafenforschung": ws[noun], a capitalised
/// body's noun ([body_words]), then its linking word ([body_link_words]), perhaps articles, and the capitalised words
/// of what it is of (on past a word of [body_and_words]: body_name_joint): the index of the name's last word, else 0
/// (quote_bodies.cpp). Every path that reads a mention's words reads a body's name with it.
std::size_t body_name_end(const std::vector<Word>& ws, std::size_t noun, const Speakers& sp);
/// "Deutsche Flugsicherung (DFS)", "Direction générale de l'aviation civile (DGAC)", "Federal Aviation Administration
/// (FAA)": the words ws[first..last] spell `low_acronym` (lower case): each capitalised word gives its initial, a
/// lower-case word its initial (past an elided article) or nothing, and where nouns are capitalised a compound with a
/// common noun's ending may give the initials of its parts after its own (quote_bodies.cpp).
bool acronym_spelled(const std::vector<Word>& ws, std::size_t first, std::size_t last, std::string_view low_acronym,
                     const Speakers& sp);

/// "so Jan Roth von der GVD": the index past the organisation that the word at j ("von") joins to the name before
/// it, else 0 (quote_bodies.cpp).
std::size_t affiliation_end(const std::vector<Word>& ws, std::size_t j, const Speakers& sp);

struct Extractor {
    std::string language;
    Speakers sp;
    std::vector<Quote> quotes;
    std::optional<std::string> last_speaker;
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

    // The mention after a cue: "a déclaré [mardi] le chef de la diplomatie russe, Sergueï Lavrov[, qui...]".
    std::optional<std::pair<std::size_t, std::size_t>> mention_after(const std::vector<Word>& ws, std::size_t k);
    // "die Vorwürfe", "las cifras oficiales": the words first..last are an article and a noun of what is said or
    // counted ([utterance_words]), perhaps with an adjective: they name no speaker.
    bool utterance_phrase(const std::vector<Word>& ws, std::size_t first, std::size_t last) const;

    // "der ecuadorianische Präsident", "des deutschen Ministeriums": German adjectives before a noun end in -e,
    // -en, -er, -es, -em and stay in the mention.
    static bool adjective_like(std::string_view w);

    // "cynically", "forcefully": the adverb endings listed for the language.
    bool adverb(std::string_view w) const;
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

    // "Analysten sprachen von „Panikverkäufen“", "Die Demonstranten skandierten „Q“": German capitalises
    // nouns, so a mention of capitalised nouns alone (after its articles) names the group that spoke.
    std::optional<std::string> noun_group(const std::string& mention) const;

    void add(Quote q, std::optional<std::string> speaker);
};

/// "march", "mai", "marzo": `low`, a lower-case word, is the name of a month in one of the lexicons.
inline bool month_word(const std::vector<const Lexicon*>& lexs, std::string_view low) {
    return std::any_of(lexs.begin(), lexs.end(),
                       [low](const Lexicon* lex) { return lex->months.find(low) != lex->months.end(); });
}

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
/// word that is no preposition follows it, the index after that time; else k (quote_indirect.cpp).
std::size_t after_time_phrase(const std::vector<Word>& ws, std::size_t k, const Speakers& sp);

/// The names of unit text `s` (its words `ws`, its quoted `spans`) noted as people of ex.sp, with what the words
/// around them tell (quote_names.cpp); `base` places the unit's bytes among all units.
void note_names(Extractor& ex, std::string_view s, const std::vector<Word>& ws, const std::vector<QuoteSpan>& spans,
                std::size_t base);

/// The reported speech without quote marks in the sentences `sents` of unit u that hold none of its `spans`
/// (quote_indirect.cpp); `ws` are the unit's words, `base` places its bytes among all units. (Some of the unit's
/// sentences, in reading order: UnitReader::read gives it those before each quoted span in turn.)
void indirect_speech(Extractor& ex, const Unit& u, const std::vector<Word>& ws, const std::vector<QuoteSpan>& spans,
                     std::span<const std::pair<std::size_t, std::size_t>> sents, std::size_t base);

/// "In der Mitteilung heißt es, ...", "« Q », peut-on lire dans le communiqué", "«Q», si legge nella nota": a cue of
/// [impersonal_cues] quotes a document, not a person: its words [first, end) (the cue at words [ci, cend) of `ws` and
/// the words of the listed phrase next to it), and the document phrase without the preposition that opens it
/// ([document_preposition_words]), right after the cue or fronted before it; nothing when the cue is none of those
/// (quote_documents.cpp). Such a quote has no speaker.
struct ImpersonalCue {
    std::size_t first = 0, end = 0;
    std::optional<std::pair<std::size_t, std::size_t>> document;
    // The phrase's second word when words stand between it and the first ("wie es in dem Bericht heißt": the cue is
    // "es heißt"), else 0.
    std::size_t apart = 0;
};
std::optional<ImpersonalCue> impersonal_cue(const std::vector<Word>& ws, std::size_t ci, std::size_t cend,
                                            const Speakers& sp);
/// "Darin steht: „Q“", "The letter reads: “Q”", "“Q,” the statement read.": adds to `out` (sorted by place) the words
/// of [document_verb_words] of `ws` that quote a text named next to them (its noun as their subject, a phrase of
/// [document_preposition_words] naming it, or a word of [document_pointer_words]) before a colon or closing the clause
/// after a quote; whether it added any (quote_documents.cpp). impersonal_cue reads them as it reads listed phrases.
bool document_verb_cues_into(std::vector<Cue>& out, std::string_view s, const std::vector<Word>& ws,
                             const std::vector<const Lexicon*>& lexs);
/// Adds quote `out` to ex.quotes with the cue and the mention of impersonal cue `imp` found in `ws` of text `s`, and
/// no speaker: the words after it continue no one's.
void cite_document(Extractor& ex, Quote out, std::string_view s, const std::vector<Word>& ws, const ImpersonalCue& imp);

/// "der", "des", "eines": w is a lower-case article, complement or indefinite word of the lexicons, which opens the
/// genitive after a German noun ("einem Bericht der Zeitung") (quote_mentions.cpp).
bool genitive_opener(const Word& w, const Speakers& sp);

/// "según ha informado el Ayuntamiento", "según explicó a la prensa el portavoz": where the words from `j`, right after
/// an according phrase, are a speech verb (perhaps after its auxiliary), the index past it: the verb belongs to the cue
/// and its subject after it is the mention; else j (quote_mentions.cpp).
std::size_t past_according_verb(const std::vector<Word>& ws, std::size_t j, const Speakers& sp);
/// "le ministre des Affaires maritimes", "the Secretary of Transport", "der Minister für Umwelt": the name n of the
/// words `sub` follows a role noun of [field_role_words] and the word linking it to its field ([complement_words],
/// [body_link_words]; articles may stand between): it names what the office is of, no person, unless a body's noun or
/// an acronym makes it a body (quote_descriptions.cpp).
bool office_field(const std::vector<Word>& sub, const NameSpan& n, const Speakers& sp);
/// The first capitalised word of an office's field (office_field) in the words first..last of ws, else 0.
std::size_t office_field_start(const std::vector<Word>& ws, std::size_t first, std::size_t last, const Speakers& sp);

} // namespace archive::quoting

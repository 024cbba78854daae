// The word lists the quotes stage asks about its words (quote_word_tags.cpp): WordTags, the lists asked of every word
// in one table of tags (word_tags, has_tag), a section found by its name once (section_of, ListOfLexicons, in_list;
// entries_of, in quote_nouns.cpp), the lexicons of a language, the titles before a name and their abbreviations, the
// months. Internal to the stage.
#pragma once

#include "lexicon.hpp"
#include "quote_words.hpp"

#include <algorithm>
#include <array>
#include <cstddef>
#include <cstdint>
#include <cstring>
#include <span>
#include <string_view>
#include <vector>

namespace archive::quoting {

/// The last two bytes of the entries of a word list compared with the ends of words (role_noun's and common_noun's in
/// WordTags, listed_noun's where nouns are capitalised), as 65536 bits: a word whose last two bytes are none of them
/// ends with no entry, and is turned away inline before the entries are walked. Then its last three bytes, as a bit
/// of 65536 of their hash: most words that pass the first bits end like a listed word in two bytes only ("-er",
/// "-en"), and are turned away there too. (A word ending with an entry has the entry's last two and three bytes:
/// neither test turns a listed word away.)
struct EndPairs {
    std::array<std::uint64_t, 1024> bits{};
    std::array<std::uint64_t, 1024> triples{};
    bool short_entry = false; // an entry of fewer than two bytes: the bits do not answer
    bool pair_entry = false;  // an entry of two bytes: the bits of the last three do not answer
    static std::size_t pair_of(std::string_view w) {
        return static_cast<std::size_t>(static_cast<unsigned char>(w[w.size() - 2])) << 8 |
               static_cast<unsigned char>(w.back());
    }
    static std::size_t triple_of(std::string_view w) {
        const std::uint64_t bytes = static_cast<std::uint64_t>(pair_of(w)) |
                                    static_cast<std::uint64_t>(static_cast<unsigned char>(w[w.size() - 3])) << 16;
        return static_cast<std::size_t>((bytes * 0x9E3779B97F4A7C15ULL) >> 48);
    }
    void add(std::string_view entry) {
        if (entry.size() < 2) {
            short_entry = true;
            return;
        }
        const std::size_t bit = pair_of(entry);
        bits[bit / 64] |= std::uint64_t{1} << (bit % 64);
        if (entry.size() == 2) {
            pair_entry = true;
            return;
        }
        const std::size_t triple = triple_of(entry);
        triples[triple / 64] |= std::uint64_t{1} << (triple % 64);
    }
    bool may_end(std::string_view w) const {
        if (short_entry || w.size() < 2)
            return true;
        const std::size_t bit = pair_of(w);
        if ((bits[bit / 64] >> (bit % 64) & 1) == 0)
            return false;
        if (pair_entry || w.size() < 3)
            return true;
        const std::size_t triple = triple_of(w);
        return (triples[triple / 64] >> (triple % 64) & 1) != 0;
    }
};

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

// "Mr.", "Rep.", "Dr.", "Mme.": a title abbreviation listed for the language keeps its dot.
bool abbreviation(const std::vector<const Lexicon*>* lexs, std::string_view low);

std::vector<const Lexicon*> lexicons_for(std::string_view language);

bool in_list(const std::vector<const Lexicon*>& lexs, std::string_view section, std::string_view w);

/// lex->section(name), remembered per thread for the few names the stage asks on every word.
const LexiconSection* section_of(const Lexicon* lex, std::string_view name);
/// The entries of section `name` of lex, empty when the language has none (quote_nouns.cpp).
std::span<const std::string_view> entries_of(const Lexicon* lex, std::string_view name);
/// Whether `w` ends with an entry of section `name` of one of lexs, more than `more` bytes before it
/// (ends_after): "faltan" in [plural_head_verb_ending_words], "chiesto" in [past_participle_endings].
bool ends_with_entry(std::string_view w, const std::vector<const Lexicon*>& lexs, std::string_view name,
                     std::size_t more);

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


/// "dienstagmittag", "freitagabend", "zaterdagavond": `low`, a lower-case word, is a weekday glued to a time of the
/// day ([weekdays] then [time_of_day_words] of one lexicon), a time as the two words are in languages that write them
/// apart ("Tuesday noon").
bool weekday_time_compound(const std::vector<const Lexicon*>& lexs, std::string_view low);

/// "march", "mai", "marzo": `low`, a lower-case word, is the name of a month in one of the lexicons.
inline bool month_word(const std::vector<const Lexicon*>& lexs, std::string_view low) {
    return std::any_of(lexs.begin(), lexs.end(),
                       [low](const Lexicon* lex) { return lex->months.find(low) != lex->months.end(); });
}

} // namespace archive::quoting

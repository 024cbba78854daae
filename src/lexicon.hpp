// Per-language word lists (src/lexicon/<lang>.txt, embedded at build time) and language detection.
#pragma once

#include "words.hpp"

#include <algorithm>
#include <array>
#include <atomic>
#include <bitset>
#include <cstddef>
#include <cstdint>
#include <cstring>
#include <functional>
#include <memory>
#include <mutex>
#include <span>
#include <string>
#include <string_view>
#include <unordered_map>
#include <unordered_set>
#include <vector>

namespace archive {

namespace lexicon_data {
struct Section;
}

/// Hashes std::string and std::string_view alike, so look-ups by view allocate nothing. Inline and eight bytes a
/// step: the keys are words and short phrases, hashed once for every word of a page.
struct StringHash {
    using is_transparent = void;
    std::size_t operator()(std::string_view s) const noexcept {
        std::uint64_t h = 0x9E3779B97F4A7C15ULL ^ (s.size() * 0xC2B2AE3D27D4EB4FULL);
        const char* p = s.data();
        std::size_t n = s.size();
        for (; n >= 8; p += 8, n -= 8) {
            std::uint64_t v = 0;
            std::memcpy(&v, p, 8);
            h = (h ^ v) * 0xBF58476D1CE4E5B9ULL;
            h ^= h >> 31;
        }
        h = (h ^ tail_bytes(p, n)) * 0x94D049BB133111EBULL;
        return static_cast<std::size_t>(h ^ (h >> 29));
    }
    /// The n < 8 bytes at p in the low bytes of an integer, the first lowest, the rest zero, without reading past
    /// them: two loads of four bytes that overlap, or three single bytes (a loop over the bytes costs more).
    static std::uint64_t tail_bytes(const char* p, std::size_t n) noexcept {
        if (n >= 4) {
            std::uint32_t lo = 0, hi = 0;
            std::memcpy(&lo, p, 4);
            std::memcpy(&hi, p + n - 4, 4);
            return lo | (static_cast<std::uint64_t>(hi) << (8 * (n - 4)));
        }
        if (n == 0)
            return 0;
        auto byte = [p](std::size_t k) { return static_cast<std::uint64_t>(static_cast<unsigned char>(p[k])); };
        return byte(0) | (byte(n / 2) << (8 * (n / 2))) | (byte(n - 1) << (8 * (n - 1)));
    }
};
/// Hashes the names of word-list sections ("speech_verbs", "boilerplate"): a few dozen distinct keywords, looked
/// up on every word, so length and three letters spread them well enough and cost far less than hashing all bytes.
struct SectionNameHash {
    using is_transparent = void;
    std::size_t operator()(std::string_view s) const noexcept {
        std::size_t h = s.size();
        if (!s.empty())
            h = ((h * 131 + static_cast<unsigned char>(s.front())) * 131 + static_cast<unsigned char>(s[s.size() / 2])) *
                    131 + static_cast<unsigned char>(s.back());
        return h;
    }
};
/// A word's length and its first two and last two bytes (two loads), mixed by one multiplication into the top bits:
/// what the sketches below keep of a word.
inline std::uint64_t word_edges_mix(std::string_view w) {
    const std::size_t n = w.size();
    std::uint64_t edges = 0;
    if (n >= 2) {
        std::uint16_t first = 0, last = 0;
        std::memcpy(&first, w.data(), 2);
        std::memcpy(&last, w.data() + n - 2, 2);
        edges = first | (std::uint64_t{last} << 16);
    } else if (n == 1) {
        edges = static_cast<unsigned char>(w.front());
    }
    return (edges ^ (static_cast<std::uint64_t>(n) << 32)) * 0x9E3779B97F4A7C15ULL;
}

/// A 512-bit sketch of a few hundred words (see word_edges_mix): a word whose bit is clear is not among them. Most
/// words asked about are in no list, and one bit costs less than hashing the word.
struct WordSketch {
    std::array<std::uint64_t, 8> bits{};

    static std::size_t bit(std::string_view w) { return static_cast<std::size_t>(word_edges_mix(w) >> 55); }
    void add(std::string_view w) {
        std::size_t b = bit(w);
        bits[b / 64] |= std::uint64_t{1} << (b % 64);
    }
    bool may_have(std::string_view w) const { return has_bit(bit(w)); }
    /// may_have() of a word whose bit() is `b`: a word asked of several sketches is hashed once.
    bool has_bit(std::size_t b) const { return (bits[b / 64] >> (b % 64) & 1) != 0; }
};

/// A hash of a word from a few loads of its first and last bytes, for tables of short words whose keys are compared
/// whole (TagTable, EntrySet).
inline std::size_t short_word_hash(std::string_view w) {
    const char* p = w.data();
    const std::size_t n = w.size();
    std::uint64_t v = 0;
    if (n >= 8) {
        std::uint64_t a = 0, b = 0;
        std::memcpy(&a, p, 8);
        std::memcpy(&b, p + n - 8, 8);
        v = a ^ (b * 0x9E3779B97F4A7C15ULL);
    } else {
        v = StringHash::tail_bytes(p, n);
    }
    v = (v ^ n) * 0xBF58476D1CE4E5B9ULL;
    return static_cast<std::size_t>(v ^ (v >> 31));
}

/// Tag bits by word, for the words of a few word lists that one test asks about together (each list a bit): a word's
/// tags for all of them with one hash. The words are views into the lexicons, which live as long as the program. Most
/// words asked about are in no list and are turned away by a 4096-bit sketch of their length and three bytes.
template <class Tags>
class TagTable {
public:
    /// Room for about `words` words without growing.
    explicit TagTable(std::size_t words = 32) {
        std::size_t size = 64;
        while (size < words * 2)
            size *= 2;
        slots_.assign(size, Slot{});
        mask_ = size - 1;
    }
    /// Gives `w` the bits of `tag` too.
    void add(std::string_view w, Tags tag) {
        sketch_[sketch_bit(w) / 64] |= std::uint64_t{1} << (sketch_bit(w) % 64);
        if ((used_ + 1) * 2 > slots_.size()) { // keep the table half empty: grow and place the words again
            std::vector<Slot> old = std::move(slots_);
            slots_.assign(old.size() * 2, Slot{});
            mask_ = slots_.size() - 1;
            used_ = 0;
            for (const Slot& s : old)
                if (s.word.data() != nullptr)
                    add(s.word, s.tags);
        }
        for (std::size_t k = hash(w) & mask_;; k = (k + 1) & mask_) {
            Slot& slot = slots_[k];
            if (slot.word.data() == nullptr) {
                slot = Slot{w, tag};
                ++used_;
                return;
            }
            if (slot.word == w) {
                slot.tags |= tag;
                return;
            }
        }
    }
    /// The tags of `w`, 0 for a word in none of the lists.
    Tags of(std::string_view w) const {
        const std::size_t bit = sketch_bit(w);
        return (sketch_[bit / 64] >> (bit % 64) & 1) == 0 ? Tags{0} : probe(w); // (most words stop at the sketch)
    }

private:
    struct Slot {
        std::string_view word;
        Tags tags{};
    };
    Tags probe(std::string_view w) const {
        for (std::size_t k = hash(w) & mask_;; k = (k + 1) & mask_) {
            const Slot& slot = slots_[k];
            if (slot.word.data() == nullptr)
                return Tags{0};
            // (compared in place: the words are short, and most look-ups find one)
            if (slot.word.size() == w.size() && std::equal(w.begin(), w.end(), slot.word.begin()))
                return slot.tags;
        }
    }
    static std::size_t hash(std::string_view w) { return short_word_hash(w); }
    // The sketch of WordSketch over 4096 bits.
    static std::size_t sketch_bit(std::string_view w) { return static_cast<std::size_t>(word_edges_mix(w) >> 52); }
    std::array<std::uint64_t, 64> sketch_{};
    std::vector<Slot> slots_;
    std::size_t mask_ = 0, used_ = 0;
};

/// A set of strings searchable by std::string_view.
using StringSet = std::unordered_set<std::string, StringHash, std::equal_to<>>;
/// A map from strings searchable by std::string_view.
template <class Value>
using StringMap = std::unordered_map<std::string, Value, StringHash, std::equal_to<>>;

/// A set of words, each kept as a `Word` (iterated in the order first added) and looked up by view in one
/// open-addressing array of their places, kept at most half full. WordSet keeps its own strings; WordViewSet keeps
/// views, the words outliving it, and may be bound to words and slots made elsewhere: a lexicon's stopwords, speech
/// verbs and role words are made at build time (lexicon_data.hpp), since building them cost more at every start
/// than all the rest of reading the lists.
template <class Word>
class BasicWordSet {
public:
    BasicWordSet() = default;
    /// The set whose words and slots are `words` and `slots` (as words() and slots() of a set gave them).
    BasicWordSet(std::span<const Word> words, std::span<const std::uint32_t> slots)
        : words_(words), slots_(slots), mask_(slots.empty() ? 0 : slots.size() - 1) {}
    // (A copy would point into the other's vectors; a move keeps them where they are.)
    BasicWordSet(const BasicWordSet&) = delete;
    BasicWordSet& operator=(const BasicWordSet&) = delete;
    BasicWordSet(BasicWordSet&&) noexcept = default;
    BasicWordSet& operator=(BasicWordSet&&) noexcept = default;

    void reserve(std::size_t words) {
        own();
        own_words_.reserve(words);
        words_ = own_words_; // (moved by reserve)
        if (words * 2 > slots_.size())
            rehash(words * 2);
    }
    /// Adds `w` unless the set has it.
    void insert(std::string_view w) {
        own();
        if ((words_.size() + 1) * 2 > slots_.size())
            rehash(std::max<std::size_t>(16, slots_.size() * 2));
        std::size_t k = short_word_hash(w) & mask_;
        for (; own_slots_[k] != 0; k = (k + 1) & mask_)
            if (own_words_[own_slots_[k] - 1] == w)
                return;
        own_words_.emplace_back(w);
        own_slots_[k] = static_cast<std::uint32_t>(own_words_.size());
        words_ = own_words_;
    }
    bool contains(std::string_view w) const {
        if (slots_.empty())
            return false;
        for (std::size_t k = short_word_hash(w) & mask_; slots_[k] != 0; k = (k + 1) & mask_)
            if (words_[slots_[k] - 1] == w)
                return true;
        return false;
    }
    std::size_t count(std::string_view w) const { return contains(w) ? 1 : 0; }
    std::size_t size() const { return words_.size(); }
    bool empty() const { return words_.empty(); }
    typename std::span<const Word>::iterator begin() const { return words_.begin(); }
    typename std::span<const Word>::iterator end() const { return words_.end(); }
    /// The words in the order first added, and the slots: a word's place among them plus one, 0 for an empty slot.
    std::span<const Word> words() const { return words_; }
    std::span<const std::uint32_t> slots() const { return slots_; }

private:
    // The words and slots made the set's own, to be added to (a bound set's copied first).
    void own() {
        if (words_.data() == own_words_.data() && slots_.data() == own_slots_.data())
            return;
        own_words_.assign(words_.begin(), words_.end());
        own_slots_.assign(slots_.begin(), slots_.end());
        words_ = own_words_;
        slots_ = own_slots_;
    }
    // Room for `size` slots (a power of two), the words placed again.
    void rehash(std::size_t size) {
        std::size_t n = 16;
        while (n < size)
            n *= 2;
        own_slots_.assign(n, 0);
        mask_ = n - 1;
        for (std::size_t i = 0; i < own_words_.size(); ++i) {
            std::size_t k = short_word_hash(own_words_[i]) & mask_;
            while (own_slots_[k] != 0)
                k = (k + 1) & mask_;
            own_slots_[k] = static_cast<std::uint32_t>(i + 1);
        }
        words_ = own_words_;
        slots_ = own_slots_;
    }
    std::vector<Word> own_words_;
    std::vector<std::uint32_t> own_slots_;
    std::span<const Word> words_;
    std::span<const std::uint32_t> slots_;
    std::size_t mask_ = 0;
};

using WordSet = BasicWordSet<std::string>;
using WordViewSet = BasicWordSet<std::string_view>;

/// The entries of a word-list section as a set: one open-addressing array of their places, kept at most half full,
/// laid out at build time (lexicon_data.hpp) since building the sets at the first look-up of each section cost more
/// at every start than the look-ups of a small page.
class EntrySet {
public:
    /// The entries the set is made of (they stay in place and unchanged from then on), and its slots: an entry's
    /// place plus one (the first of equal entries), 0 in an empty slot, probed from short_word_hash() of the key.
    void bind(std::span<const std::string_view> entries, std::span<const std::uint32_t> slots) {
        entries_ = entries;
        slots_ = slots;
        mask_ = slots.empty() ? 0 : slots.size() - 1;
    }
    /// One of the entries is `entry`.
    bool contains(std::string_view entry) const { return place(entry) != npos; }

    /// The distinct entries, in file order (views into the entries).
    std::vector<std::string_view>::const_iterator begin() const { return distinct().begin(); }
    std::vector<std::string_view>::const_iterator end() const { return distinct().end(); }

private:
    static constexpr std::size_t npos = ~std::size_t{0};
    // The place of the first entry equal to `entry`, npos for none.
    std::size_t place(std::string_view entry) const {
        if (slots_.empty())
            return npos;
        for (std::size_t k = short_word_hash(entry) & mask_;; k = (k + 1) & mask_) {
            const std::uint32_t slot = slots_[k];
            if (slot == 0)
                return npos;
            const std::string_view s = entries_[slot - 1];
            if (s.size() == entry.size() && std::equal(entry.begin(), entry.end(), s.begin()))
                return slot - 1;
        }
    }
    // (Gathered on first use: only a few sections are walked as sets.)
    const std::vector<std::string_view>& distinct() const {
        if (!ready_.load(std::memory_order_acquire))
            std::call_once(once_, [this] {
                distinct_.reserve(entries_.size());
                for (std::size_t k = 0; k < entries_.size(); ++k)
                    if (place(entries_[k]) == k)
                        distinct_.push_back(entries_[k]);
                ready_.store(true, std::memory_order_release);
            });
        return distinct_;
    }
    std::span<const std::string_view> entries_;
    std::span<const std::uint32_t> slots_;
    std::size_t mask_ = 0;
    mutable std::atomic<bool> ready_{false}; // looked at before the once_flag, whose call costs more
    mutable std::once_flag once_;
    mutable std::vector<std::string_view> distinct_;
};

/// An entry's words, as text::next_token() splits it ("mis à jour le" -> {"mis", "à", "jour", "le"}): views into the
/// lists' text.
using LexiconWords = std::span<const std::string_view>;

/// An entry of a word list and its words, as stored in its section.
struct LexiconPhrase {
    std::string_view text;
    LexiconWords words;
};

/// The first bytes of `entries`, bit 256 for an empty entry (which every key opens with): a key whose first byte is
/// not set opens with none of them, and a loop over the entries can be skipped.
inline std::bitset<257> first_bytes(std::span<const std::string_view> entries) {
    std::bitset<257> fronts;
    for (const auto& e : entries)
        fronts.set(e.empty() ? 256 : static_cast<unsigned char>(e.front()));
    return fronts;
}

/// The non-empty `entries` by their first byte, as views (the entries must outlive them: a lexicon's, built once):
/// a key is compared only with the entries opening with its own first byte. (An empty entry is first_bytes' bit 256.)
inline std::array<std::vector<std::string_view>, 256> by_first_byte(std::span<const std::string_view> entries) {
    std::array<std::vector<std::string_view>, 256> out;
    for (const auto& e : entries)
        if (!e.empty())
            out[static_cast<unsigned char>(e.front())].push_back(e);
    return out;
}

/// One "[section]" of a word list, in the forms the stages look it up, all written at build time (lexicon_data.hpp):
/// the words of its entries are views made at the first question about them.
struct LexiconSection {
    std::span<const std::string_view> entries; ///< in file order, views into the lists' text (lives as the program)
    EntrySet set;                     ///< the same entries, for look-ups
    std::size_t longest = 0;          ///< bytes of the longest entry: longer keys are not looked up
    WordSketch sketch;                ///< the entries, to turn most other keys away before hashing them

    /// Binds the section to its entries (`views`: its run of lexicon_data::entries, each as a view) and the tables
    /// the build laid out for it.
    void bind(const lexicon_data::Section& data, std::span<const std::string_view> views);

    bool has(std::string_view entry) const { return entry.size() <= longest && has(entry, WordSketch::bit(entry)); }
    /// has() of an entry whose WordSketch::bit() is `bit`, worked out once for the several sections asked.
    bool has(std::string_view entry, std::size_t bit) const {
        return entry.size() <= longest && sketch.has_bit(bit) && set.contains(entry);
    }
    /// Whether any of `words` (lower-case, as LowerWords or text::Words hold them) is an entry; stops at the first.
    bool has_any(const auto& words) const {
        for (std::string_view w : words)
            if (has(w))
                return true;
        return false;
    }
    /// Each entry split on white space, in file order.
    std::span<const LexiconWords> phrases() const { return words().phrases; }
    /// The phrases whose first word is `word`, the longer first, then in file order.
    std::vector<LexiconPhrase> phrases_from(std::string_view word) const;

private:
    // The entries' words as views, made on first use (most sections are only looked up whole): one view a word of
    // the build's pieces, no string a word.
    struct Words {
        std::vector<std::string_view> words;
        std::vector<LexiconWords> phrases;
    };
    const Words& words() const;
    const lexicon_data::Section* data_ = nullptr; // the build's tables of the section (nullptr: none, no entries)
    mutable std::atomic<bool> words_ready_{false}; // looked at before the once_flag, whose call costs more
    mutable std::once_flag words_once_;
    mutable Words words_;
};

/// The sections of a word list by name, each made at the first question about it from the tables the build wrote
/// (lexicon_data.hpp: the sections, and their names' slots probed from SectionNameHash): a run reads a few hundred of
/// the lists' 2,500 sections, and making them all at start-up, in fresh memory, cost a small page more than reading it.
class SectionTable {
public:
    /// The sections `data` (`count` of them), found by `name_slots` (a section's place plus one, 0 in an empty slot).
    void bind(const lexicon_data::Section* data, std::size_t count, std::span<const std::uint32_t> name_slots);
    /// The section named `name`, made on first use; nullptr when there is none. Stays in place as the program.
    const LexiconSection* find(std::string_view name) const;

private:
    const LexiconSection* make(std::size_t k) const;
    const lexicon_data::Section* data_ = nullptr;
    std::span<const std::uint32_t> slots_;
    std::unique_ptr<std::atomic<const LexiconSection*>[]> made_; // a section's once made, nullptr before
};

/// The word lists of one language (or of "common"). Every entry is lower-case NFC.
struct Lexicon {
    std::string code; ///< "fr", "de", ... or "common"
    SectionTable sections; ///< each section by name
    WordViewSet stopwords;
    StringMap<int> months;          ///< "janvier" -> 1
    WordSketch month_sketch;        ///< the keys of months
    StringMap<char> pronouns;       ///< "il" -> 'm', "elle" -> 'f', "ils" -> 'p'
    WordViewSet speech_verbs;         ///< single inflected forms: "déclaré", "sagte"
    WordSketch speech_verb_sketch;  ///< speech_verbs, for has_speech_verb()
    WordViewSet role_words;           ///< "ministre", "sprecher"
    WordSketch role_word_sketch;    ///< role_words, for the look-ups of role_noun() (a word and its endings)
    std::size_t role_word_shortest = 0, role_word_longest = 0; ///< bytes of the shortest and longest role word
    StringMap<char> person_titles;  ///< "mme" -> 'f': the gender of the first "title gender" line of a title
    WordSketch person_title_sketch; ///< the keys of person_titles

    /// The entries of a section, empty when the file has none.
    std::span<const std::string_view> list(std::string_view section) const;
    /// The entries of a section as word sequences, in the order of list(section).
    std::span<const LexiconWords> phrase_list(std::string_view section) const;
    bool has(std::string_view section, std::string_view entry) const;
    /// speech_verbs has `w`.
    bool has_speech_verb(std::string_view w) const {
        return speech_verb_sketch.may_have(w) && speech_verbs.contains(w);
    }
    /// The section, or nullptr when the file has none.
    const LexiconSection* section(std::string_view name) const;
    /// The entries of a section whose first word is `word`, in file order.
    std::vector<LexiconPhrase> phrases_from(std::string_view section, std::string_view word) const;
};

/// The lexicon of a language code, or nullptr when there is none.
const Lexicon* lexicon(std::string_view code);
/// The language-independent lists (agencies, credit words).
const Lexicon& common_lexicon();
/// Every language lexicon (not "common"), in a fixed order.
const std::vector<const Lexicon*>& languages();

/// Some language lexicon (not "common") has `entry` in `section`: one look-up for all of them.
bool any_language_has(std::string_view section, std::string_view entry);
/// A section over every language lexicon (not "common"): their entries in languages() order, then file order.
const LexiconSection& any_language_section(std::string_view section);

/// Bit k set: the word is a stopword of languages()[k]; 0 for other words.
std::uint32_t stopword_languages(std::string_view lower_word);
/// Bit k set: the word is one of languages()[k]'s lists beyond its stopwords, a speech verb, a role noun, a month, a
/// weekday, an according word or one of its [language_words] ("sagte", "ministre", "martes", "laut", "oggi"; see
/// for_each_listed_word in listed_words.hpp); 0 for other words. One look-up in a table made at build time.
std::uint32_t listed_languages(std::string_view lower_word);

/// The words of a text (text::next_word_lower's) and, for each of languages(), how many are its stopwords.
struct StopwordCounts {
    int words = 0;
    std::vector<int> hits;
};
StopwordCounts count_stopwords(std::string_view text);
/// Counts the words of text::words_lower() (a line's, say) into `counts`, whose hits have languages().size() places.
void count_stopwords(const std::vector<std::string>& lower_words, StopwordCounts& counts);
/// The stopwords among text::words_lower() words added up into hits[k] for each of languages()[k] (hits has
/// languages().size() places at least).
void count_stopwords(const std::vector<std::string>& lower_words, std::span<int> hits);
/// The same for a Block's lower_words().
void count_stopwords(text::Words lower_words, std::span<int> hits);

/// The word lists of the notices (notices.cpp), and the picture credits' labels (classify.cpp), whose words segment()
/// counts in every block together with its stopwords, a bit each: a word is looked up once for its languages and its
/// lists.
enum NoticeTag : std::uint8_t {
    cookie_word = 1,         // consent_words
    consent_context = 2,     // consent_context_words
    privacy_verb = 4,        // privacy_consent_words
    promo_word = 8,          // promo_words
    promo_context = 16,      // promo_context_words
    promo_phrase_start = 32, // the first word of a promo_phrases entry
    picture_label = 64,      // glued_credit_labels ("foto", "photo": a picture credit's label)
};
inline constexpr std::size_t notice_tag_kinds = 7;
/// The notice tags of a lower-cased word, 0 for most words.
std::uint8_t notice_tags_of(std::string_view lower_word);
/// count_stopwords(lower_words, hits), and for each tag 1 << k, tag_counts[k] added the words that carry it.
void count_stopwords_and_tags(text::Words lower_words, std::span<int> hits,
                              std::span<int, notice_tag_kinds> tag_counts);

// A text's language, by its stopwords or its script (src/language.cpp).

/// The letters of a text by script, for the languages that have no stopword lexicon: a CJK character counts once
/// (script_language() weighs it), and a few letters that tell languages of one script apart are counted again.
struct ScriptCounts {
    int latin = 0, cyrillic = 0, greek = 0, hebrew = 0, arabic = 0, thai = 0, han = 0, kana = 0, hangul = 0;
    int latin_cs = 0, latin_sk = 0;                            ///< ě ř ů; ľ ĺ ŕ
    int latin_foreign = 0; ///< words opening with a small letter that hold ă ș ț ş ţ, æ ø å, ğ ı, ő ű or ð þ
    int cyrillic_ru = 0, cyrillic_uk = 0, cyrillic_bg = 0;     ///< ы э ё; і ї є ґ; ъ
    int cyrillic_sr = 0, cyrillic_other = 0;                   ///< ђ ј љ њ ћ џ; none of those nor а-я (ў, ѓ, ә...)
    int arabic_fa = 0, arabic_ur = 0, arabic_ar = 0;           ///< ی ک پ چ ژ گ; ٹ ڈ ڑ ں ے ہ; ي ك ة
    /// Adds the letters of `text` (UTF-8).
    void add(std::string_view text);
    /// Adds the counts of another text.
    void add(const ScriptCounts& other);
    /// The letters counted, a CJK character (han, kana, hangul) weighing two.
    int weight() const;
};
/// The language told by the script that holds most of the letters and by its telling letters (kana -> ja, Hangul ->
/// ko, Han without kana -> zh, Greek -> el, Hebrew -> he, Arabic -> ar/fa/ur, Thai -> th, Cyrillic -> ru/uk/bg/sr,
/// Latin with ě ř ů -> cs, with ľ ĺ ŕ -> sk); empty when the letters are too few, mixed or not told apart.
std::string script_language(const ScriptCounts& counts);

/// A text whose words write the Latin letters of a language with no word lists here often enough (Romanian ă ș ț,
/// Danish and Norwegian æ ø å, Turkish ğ ı, Hungarian ő ű, Icelandic ð þ; words opening with a small letter, not the
/// names a page of ours prints: three at least, one for every two hundred letters): its words shared with French or
/// English tell no language of ours.
bool foreign_latin(const ScriptCounts& counts);

/// The evidence a short or mixed text gives of its language, word by word: its stopwords, the words of the languages'
/// other lists (speech verbs, role nouns, weekdays, months) and the letters of [language_letters], each weighed by how
/// few languages share it.
struct LanguageEvidence {
    int words = 0;
    std::vector<int> points;        ///< for each of languages()
    std::vector<int> telling_words; ///< for each of languages(): the words of its lists in the text
    /// Adds a lower-case word (text::next_word_lower's).
    void add_word(std::string_view lower_word);
    /// The language ahead of the others by a clear margin, with enough words of its own; empty otherwise.
    std::string decide() const;
};
/// The stopword counts of a text of some lines tell its language without a closer look: one language's stopwords
/// many, and half as many again as any other's.
bool clear_stopword_language(const StopwordCounts& counts);

/// What a text shows of its language, as its reader gathers it: a whole text's (detect_language(std::string_view)) or
/// a page's blocks' (detect_language(blocks) in pipeline.hpp, segment.cpp). detect_language() asks for the parts in
/// this order, each only when the ones before tell nothing: a page of running text is read for its stopwords alone.
class LanguageSource {
public:
    /// The text's words (text::next_word_lower()'s) and, for each of languages(), how many are its stopwords.
    virtual StopwordCounts stopwords() const = 0;
    /// The text's letters by script, those of its running text where it has enough of them.
    virtual ScriptCounts scripts() const = 0;
    /// Adds each of the text's words, lower-cased, to `evidence`, in order.
    virtual void add_words(LanguageEvidence& evidence) const = 0;

protected:
    ~LanguageSource() = default;
};
/// The language of a text (src/language.cpp, the one decision): its stopwords when they are clear
/// (clear_stopword_language()), else its script (script_language()), else a closer look at its words
/// (LanguageEvidence); empty when none of them tells.
std::string detect_language(const LanguageSource& source);
/// detect_language() of a whole text: all its words and all its letters.
std::string detect_language(std::string_view text);

} // namespace archive

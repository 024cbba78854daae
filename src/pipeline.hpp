// Internal contracts between the pipeline stages. Plain values flow one way:
//   decode(raw) -> Decoded -> segment(text) -> Blocks -> classify(blocks) -> Article -> extract_quotes(article)
#pragma once

#include "archive/archive.hpp"
#include "words.hpp"

#include <array>
#include <cstddef>
#include <cstdint>
#include <memory>
#include <span>
#include <string>
#include <string_view>
#include <vector>

namespace archive {

/// decode.cpp: raw bytes -> UTF-8 text with LF line ends and normalised spaces.
struct Decoded {
    std::string text;                  ///< valid UTF-8, NFC, "\n" line ends, no NUL/control chars but "\n" and "\t"
    std::string encoding;              ///< "utf-8", "utf-16le", "windows-1252", ...
    std::vector<std::string> warnings; ///< e.g. "invalid UTF-8 replaced at byte 812"
};

/// Decodes raw page bytes. Throws Error("not a text file (looks like PNG image)") for binary input.
Decoded decode(std::string_view raw);

/// The kinds of notice tags a block counts its words of: notice_tag_kinds in lexicon.hpp (which this header does not
/// include), checked in segment.cpp.
inline constexpr std::size_t block_tag_kinds = 7;

/// The lower-cased lines of a page and their words' places, one after another (see Block::lower), and the counts of
/// their words (see Block::stopword_hits).
struct PageWords {
    std::string lowered;
    std::vector<text::WordSpan> spans;
    /// A row for each text of the page (a text printed again shares its first print's): `languages` stopword counts,
    /// one for each of languages(), then block_tag_kinds notice tag counts.
    std::vector<int> counts;
    std::size_t languages = 0;
    std::span<const int> row(std::size_t k) const {
        const std::size_t width = languages + block_tag_kinds;
        return std::span<const int>(counts).subspan(k * width, width);
    }
};

/// segment.cpp: one block per non-blank line, with the surface features the classifier needs.
struct Block {
    std::string text;          ///< the line, spaces collapsed and trimmed
    std::size_t line = 0;      ///< 0-based line number in the decoded text
    std::size_t indent = 0;    ///< white-space characters before the line's text
    bool blank_before = false; ///< an empty line (or the start of the text) precedes it
    bool blank_after = false;  ///< an empty line (or the end of the text) follows it
    std::size_t chars = 0;     ///< text::length_cp(text): the line's length in code points
    int words = 0;             ///< whitespace-separated tokens
    int letters = 0;           ///< alphabetic code points
    int digits = 0;
    int upper_initial = 0;     ///< words starting with an upper-case letter
    int urls = 0;              ///< tokens that look like URLs, e-mail addresses, handles or file names
    int separators = 0;        ///< '|', '»', '>', '•', '·' tokens standing alone
    bool end_punct = false;    ///< ends with . ! ? … : ; or a closing quote after one of those
    bool cells = false;        ///< a tab stands between two words of the line: a row of a table's cells
    /// Some token of the text is a title separator (is_title_separator in classify.hpp: "|", "-", "›", ...), noted by
    /// segment() as it measures the line: any_title_separator(text), for the searches that ask it of many lines.
    bool title_separator = false;
    int repeats = 0;           ///< how many other blocks of the page have exactly the same text
    bool boilerplate = false;  ///< is_boilerplate_phrase(text), asked by several tests of the classifier
    std::uint32_t counts_row = 0; ///< the row of page_words->counts holding the counts of the block's words
    /// text::lower(text) and its text::words_lower() words, made once by segment() for the many checks that read a
    /// line's words (a Block whose text is changed afterwards must be segmented again before those checks). The
    /// words are kept as their places in `lower`, read as views by lower_words(). Both are views into the lowered
    /// lines of the whole page, which every block of the page shares (`page_words`, kept alive by each block): a
    /// string and a vector of each line's own cost most lines an allocation and a free.
    std::string_view lower;
    std::span<const text::WordSpan> lower_word_spans;
    std::shared_ptr<const PageWords> page_words;
    text::Words lower_words() const { return {lower, lower_word_spans}; }
    /// For each of languages(), how many of lower_words are its stopwords (empty for a Block that segment() did not
    /// make). Kept in the page's rows of counts (PageWords::counts), not in the block: in the block, an array for the
    /// most languages there may be took more than all its other fields (a page of short lines is most of it blocks).
    std::span<const int> stopword_hits() const {
        return page_words == nullptr ? std::span<const int>() : page_words->row(counts_row).first(page_words->languages);
    }
    /// For each notice tag 1 << k (see NoticeTag in lexicon.hpp), how many of lower_words carry it: counted with the
    /// stopwords, for the classifier's consent and promotion notices and its captions closed by a picture's credit
    /// (zero for a Block that segment() did not make).
    std::span<const int, block_tag_kinds> notice_tags() const {
        static constexpr std::array<int, block_tag_kinds> none{};
        return page_words == nullptr ? std::span<const int, block_tag_kinds>(none)
                                     : page_words->row(counts_row).last<block_tag_kinds>();
    }
};

/// Splits decoded text into blocks with features.
std::vector<Block> segment(std::string_view text);
/// detect_language() of the text the blocks were made of (lexicon.hpp's decision), from the words, stopword counts and
/// lines segment() kept: the same language as the text's but for its script, read in its lines of running text.
std::string detect_language(const std::vector<Block>& blocks);

/// classify.cpp: blocks -> an Article with every field but `quotes` and `input` filled.
/// `language` is the detected ISO 639-1 code or empty.
Article classify(const std::vector<Block>& blocks, std::string_view language);
/// The same, for blocks the caller has no more use for: the texts of the lines kept as boilerplate (most of a page's
/// lines) are moved into the Article, not copied. The blocks are left in place, some of their texts emptied.
Article classify(std::vector<Block>&& blocks, std::string_view language);

/// quotes.cpp: finds quotes in headline, lede, captions and body, resolving speakers.
std::vector<Quote> extract_quotes(const Article& article);

} // namespace archive

namespace archive {

/// lossless.cpp: the non-blank lines of decoded `text` (spaces collapsed) that the record does not hold.
/// A line is held when a field holds it whole, or when it is cut in at most four consecutive pieces each opening or
/// closing a field (a kicker glued to its headline, a caption with its credit) or going on from the lines around it
/// (a paragraph joined of several lines): nothing of the input is lost.
std::vector<std::string> lost_lines(const Article& article, std::string_view text);
/// The line is held by the record's fields of one line each (kicker, headline, lede, dateline, source tag): what
/// classify() asks of a line given one of their roles before it leaves the line out of the boilerplate.
bool held_by_line_fields(const Article& article, std::string_view line);

} // namespace archive

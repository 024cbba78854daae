// parse(): the pipeline decode -> segment -> classify -> quotes, as one straight line of values.
#include "archive/archive.hpp"
#include "lexicon.hpp"
#include "own_names.hpp"
#include "pipeline.hpp"

#include <utility>

namespace archive {

Article parse(std::string_view raw, std::string_view path) {
    Decoded decoded = decode(raw);
    std::vector<Block> blocks = segment(decoded.text);
    // Each stage's data is let go once the next stage has what it needs: the decoded text once cut into blocks, the
    // blocks once classified (the blocks of a page of one word a line take some 25 times its size: see
    // scripts/memory_shapes.py).
    std::string().swap(decoded.text);
    std::string language = detect_language(blocks);
    const bool blank = blocks.empty();
    // The stages read a language through its word lists: one that has none (told by its script) is read like none.
    const std::string_view listed = lexicon(language) != nullptr ? std::string_view(language) : std::string_view();
    std::vector<std::string> own_names; // (the page's own names: a mention of one names the paper)
    Article article = classify(std::move(blocks), listed, own_names); // (the last use of the blocks)
    std::vector<Block>().swap(blocks);
    article.quotes = extract_quotes(article, own_names);
    if (!language.empty())
        article.language = std::move(language);

    article.input.path = std::string(path);
    article.input.bytes = raw.size();
    article.input.sha256 = sha256_hex(raw);
    article.input.encoding = decoded.encoding;
    std::vector<std::string> warnings = std::move(decoded.warnings);
    if (blank)
        warnings.push_back(raw.empty() ? "empty input" : "blank input");
    warnings.insert(warnings.end(), article.warnings.begin(), article.warnings.end());
    article.warnings = std::move(warnings);
    return article;
}

} // namespace archive

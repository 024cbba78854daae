// A line of text cut off mid-sentence, as a paywall's prompt cuts the free text ("..., der seit" / "Jetzt
// weiterlesen").
#pragma once

#include "classify.hpp"
#include "text.hpp"

#include <cstddef>
#include <string_view>
#include <vector>

namespace archive {

/// "..., der seit", "... m'a dit un jour", "... an den Preis,": a line ending on a letter, a figure or a comma, no stop
/// after it.
inline bool ends_mid_sentence(std::string_view line) {
    if (line.empty())
        return false;
    std::size_t end = line.size();
    const char32_t last = text::prev_cp(line, end);
    return text::is_letter(last) || last == ',' || (last >= '0' && last <= '9');
}

/// "... der seit / Jetzt weiterlesen mit Plus / Sie haben bereits ein Abo? Hier anmelden": a paywall's prompt
/// (paywall_cut(), closing_notice()) within three lines under line k.
inline bool paywall_under(const std::vector<Block>& blocks, std::size_t k) {
    const std::size_t reach = 3;
    for (std::size_t j = k + 1; j < blocks.size() && j <= k + reach; ++j)
        if (paywall_cut(blocks[j]) || closing_notice(blocks[j]))
            return true;
    return false;
}

} // namespace archive

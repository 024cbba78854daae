// count_day_order(): what a page's dates of numbers prove about the order of their day and month.
#include "dates.hpp"

namespace archive {

void count_day_order(std::string_view text, int& day_first, int& month_first, int* either) {
    const auto digit = [text](std::size_t k) { return text[k] >= '0' && text[k] <= '9'; };
    const auto digits_at = [text, &digit](std::size_t i) {
        std::size_t k = i;
        while (k < text.size() && digit(k))
            ++k;
        return k - i;
    };
    const auto value = [text](std::size_t i, std::size_t n) {
        int v = 0;
        for (std::size_t k = i; k < i + n; ++k)
            v = v * 10 + (text[k] - '0');
        return v;
    };
    // "16/04/2020", "16.04.20": each date opens with one or two digits and its first separator, which a search for
    // that byte finds (memchr: a paragraph's bytes are not walked one by one). The digits before the separator must
    // not follow another digit, a dot or a slash: the second separator of a date, a version's ("1.2.3") or a
    // decimal's, opens none.
    for (const char sep : {'.', '/'}) {
        for (std::size_t s1 = text.find(sep, 1); s1 != std::string_view::npos; s1 = text.find(sep, s1 + 1)) {
            if (!digit(s1 - 1))
                continue;
            std::size_t i = s1 - 1;
            if (i > 0 && digit(i - 1))
                --i;
            if (i > 0 && (digit(i - 1) || text[i - 1] == '.' || text[i - 1] == '/'))
                continue;
            const std::size_t n1 = s1 - i;
            const std::size_t n2 = digits_at(s1 + 1);
            const std::size_t s2 = s1 + 1 + n2;
            if (n2 == 0 || n2 > 2 || s2 >= text.size() || text[s2] != sep)
                continue;
            const std::size_t n3 = digits_at(s2 + 1);
            if (n3 != 2 && n3 != 4)
                continue;
            const int a = value(i, n1), b = value(s1 + 1, n2);
            if (a > 12 && a <= 31 && b >= 1 && b <= 12)
                ++day_first;
            else if (b > 12 && b <= 31 && a >= 1 && a <= 12)
                ++month_first;
            else if (either != nullptr && a != b && a >= 1 && a <= 12 && b >= 1 && b <= 12)
                ++*either;
        }
    }
}

} // namespace archive

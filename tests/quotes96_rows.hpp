// A helper of quotes96's table-driven tests: paragraphs of one language of
// which none holds a quote.
#pragma once

#include "quote_rows.hpp"

#include <initializer_list>

namespace archive::quote_rows {

inline void check_no_quotes(const char *lang,
                            std::initializer_list<const char *> paragraphs) {
  for (const char *p : paragraphs) {
    INFO(p);
    CHECK(extract_quotes(page(lang, "", {p})).empty());
  }
}

} // namespace archive::quote_rows

// Tests of a comparative lead whose verb has no subject ("Jak dodał, Rosja ...", "Come ha aggiunto, la tenda ..."), in
// a language that drops it ([subject_drop]): the rest of the sentence is the last speaker's words. Invented sentences.
#include <catch2/catch.hpp>

#include "quote_rows.hpp"

#include <algorithm>

using namespace archive;
using namespace archive::quote_rows;

TEST_CASE("a comparative lead with no subject reports the last speaker's words", "[quotes][indirect]") {
    check_quotes({
        {"pl",
         {"„Potrzebujemy więcej systemów obrony” – powiedział prezydent Jan Kowalski w wieczornym wystąpieniu.",
          "Jak dodał, wróg w ostatnim miesiącu wystrzelił ponad tysiąc dronów."},
         "wróg w ostatnim miesiącu wystrzelił ponad tysiąc dronów",
         "Jan Kowalski"},
        {"it",
         {"«Il cantiere partirà a giugno», ha detto il sindaco Marco Galli.",
          "Come ha aggiunto, la tenda resterà aperta per tutta la durata dei lavori."},
         "la tenda resterà aperta per tutta la durata dei lavori",
         "Marco Galli"},
    });
    // (a sentence before it in the paragraph names its subject: no speaker's words)
    const auto later = extract_quotes(page(
        "pl", "",
        {"„Potrzebujemy więcej systemów obrony” – powiedział prezydent Jan Kowalski w wieczornym wystąpieniu.",
         "Zadowolenie z wyniku wyraziła też minister Anna Nowak. Jak podkreśliła, porozumienie stanowi podstawę "
         "bliskiej współpracy obu państw."}));
    CHECK(std::none_of(later.begin(), later.end(), [](const Quote& q) { return q.kind == QuoteKind::indirect; }));
    // (no one spoke before: no one's words)
    const auto qs = extract_quotes(
        page("it", "", {"Come ha aggiunto, la tenda resterà aperta per tutta la durata dei lavori."}));
    CHECK(qs.empty());
}

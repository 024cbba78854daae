// A share button right over a picture's credit ("Udostępnij na Twitterze" / "Rada Miasta / Shutterstock") is a
// boilerplate phrase, no caption of that picture (caption_over() of collect_media(), media.cpp): it stays with the
// boilerplate, and the headline over the byline is kept. Every line is invented.
#include <catch2/catch.hpp>

#include "test_pages.hpp"

#include <algorithm>

using archive::test::PageRow;

TEST_CASE("a share button over a picture's credit is no caption", "[classify][media][caption_buttons]") {
    for (const PageRow& r : {
             PageRow{"pl", R"(Reklama
Nowy most na Wiśle. Budowa ruszy wiosną
Anna Kowalska
dzisiaj, 09:15 Ten tekst przeczytasz w 1 minutę
 Udostępnij na Facebooku
 Udostępnij na Twitterze
Rada Miasta / Shutterstock
Budowa nowego mostu na Wiśle ruszy wiosną przyszłego roku. Miasto podpisało umowę z wykonawcą, który ma trzy lata na zakończenie prac.
Most będzie miał cztery pasy ruchu i ścieżkę rowerową. Koszt inwestycji wyniesie ponad pół miliarda złotych, z czego część pokryją fundusze unijne.
Reklama
Mieszkańcy czekali na tę inwestycję od dawna. Korki na starym moście są codziennością, zwłaszcza w godzinach szczytu.
)",
                     "Udostępnij na Twitterze"},
             PageRow{"en", R"(Advertisement
A new bridge over the river: works start in spring
Jane Roe
today, 09:15 4 min read
 Share on Facebook
 Share on Twitter
Harbour Museum / Shutterstock
Works on the new bridge over the river will start next spring. The town has signed a contract with a builder who has three years to finish the job.
The bridge will have four lanes and a cycle path. It will cost more than half a billion, part of which will be paid for by regional funds.
Advertisement
People have waited a long time for the bridge. Queues on the old one are an everyday sight, above all at rush hour.
)",
                     "Share on Twitter"},
         }) {
        INFO(r.page);
        const archive::Article a = archive::classify(archive::segment(r.page), r.lang);
        CHECK(std::none_of(a.media.begin(), a.media.end(),
                           [&](const archive::Media& m) { return m.caption.value_or("") == r.line; }));
        CHECK(std::find(a.boilerplate.begin(), a.boilerplate.end(), r.line) != a.boilerplate.end());
    }
}

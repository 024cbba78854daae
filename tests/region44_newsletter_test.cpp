// A newsletter's closing lines ("Read the full story on our website", "You are receiving this email because you signed
// up for ...", "Sie erhalten diesen Newsletter, weil ...") are prompts of the mail, not the article's: boilerplate,
// never a section's heading or paragraph (lexicon common.txt promo_phrases, read by notices.cpp). Invented lines.
#include <catch2/catch.hpp>

#include "classify.hpp"
#include "region_pages.hpp"
#include "rows.hpp"
#include "test_pages.hpp"

#include <string>

using namespace archive;

TEST_CASE("a newsletter's closing lines are prompts in any language", "[classify][promo][region44]") {
    for (const char* line : {"You are receiving this email because you signed up for the Harbour Weekly.",
                             "You're receiving this e-mail because you subscribed on our website.",
                             "Sie erhalten diesen Newsletter, weil Sie sich auf hafenblatt.de angemeldet haben.",
                             "Du erhältst diese E-Mail, weil du dich für den Hafenbrief angemeldet hast.",
                             "Vous recevez cet e-mail car vous êtes inscrit à la lettre du port.",
                             "Ricevi questa email perché ti sei iscritto alla newsletter del porto.",
                             "Recibes este correo porque te suscribiste al boletín del puerto."}) {
        INFO(line);
        CHECK(is_promo_notice(std::string_view(line)));
    }
    // The same words in an article's sentences, among many others or without a word of the mail.
    for (const char* line : {"The harbour master said the fishermen were receiving this email from the port authority "
                             "every week, but that few of them had read the notice about the new fees on the quay.",
                             "Read the full story of the lighthouse keepers, the curator said, and you understand why "
                             "the museum keeps their old logbooks behind glass next to the lamp.",
                             "Die Fischer erhalten diesen Brief seit Jahren, sagte der Hafenmeister am Montag."}) {
        INFO(line);
        CHECK_FALSE(is_promo_notice(std::string_view(line)));
    }
}

TEST_CASE("a newsletter's link to the whole article ends the article", "[classify][region44]") {
    // A short line opening with the link's words (lexicon section terminators): the excerpt above it was the article.
    for (const char* line : {"Read the full story on our website", "Den ganzen Artikel lesen Sie auf unserer Website",
                             "Lire l'article complet sur notre site", "Leggi l'articolo completo sul nostro sito",
                             "Lee el artículo completo en nuestra web"}) {
        INFO(line);
        CHECK(is_terminator(test::block_of(line)));
    }
    // The words in a sentence of the article: a long line.
    CHECK_FALSE(is_terminator(test::block_of("Read the full story of the lighthouse keepers, the curator said, and you "
                                             "understand why the museum keeps their old logbooks behind glass.")));
}

TEST_CASE("a newsletter's closing lines under the article are boilerplate, not a section", "[region][region44]") {
    struct Row {
        const char* lang;
        const char* tail;
        const char* last;
        std::vector<const char*> gone;
    };
    const Row rows[] = {
        {"en",
         "Read the full story on our website\nYou are receiving this email because you signed up for Harbour Weekly.\n"
         "Unsubscribe | Manage preferences\n",
         "The council will vote on the final bill in the spring, when the summer timetable begins.",
         {"Read the full story on our website",
          "You are receiving this email because you signed up for Harbour Weekly."}},
        {"de",
         "Den ganzen Artikel lesen Sie auf unserer Website\n"
         "Sie erhalten diesen Newsletter, weil Sie sich beim Hafenblatt angemeldet haben.\n"
         "Abmelden | Einstellungen\n",
         "Der Gemeinderat stimmt im Frühling über den Kredit ab, wenn der Sommerfahrplan beginnt.",
         {"Den ganzen Artikel lesen Sie auf unserer Website",
          "Sie erhalten diesen Newsletter, weil Sie sich beim Hafenblatt angemeldet haben."}},
    };
    for (const Row& r : rows) {
        INFO(r.lang);
        const Article a = classify(segment(test::article_with_tail(r.lang, r.tail)), r.lang);
        CHECK(test::in_text(a, r.last));
        for (const char* line : r.gone) {
            INFO(line);
            CHECK_FALSE(test::in_text(a, line));
            CHECK(test::in_boilerplate(a, line));
        }
    }
}

// Lines of dialogue (quotes60): a hyphen-minus typed for the dash ("- To inwestycja - powiedział burmistrz."), and
// the speaker's words after the attribution's full stop ("– Q1 – powiedział X. – Q2"); on invented sentences.
#include <catch2/catch.hpp>

#include "quote_rows.hpp"

#include <string>
#include <tuple>
#include <utility>
#include <vector>

using namespace archive;
using namespace archive::quote_rows;

TEST_CASE("a line of dialogue typed with hyphens for dashes is a direct quote", "[quotes][dialogue][quotes60]") {
    check_only_quotes(
        {
            {"pl", "- Ta droga była zamknięta od zimy - powiedział sołtys Marek Lis.",
             "Ta droga była zamknięta od zimy", "powiedział", "sołtys Marek Lis"},
            {"fr", "- Nous ne fermerons pas l'école du village - a assuré le maire, Paul Roux.",
             "Nous ne fermerons pas l'école du village", "a assuré", "le maire, Paul Roux"},
            {"it", "- Non cederemo di un passo sul ponte - ha detto il sindaco Marco Neri.",
             "Non cederemo di un passo sul ponte", "ha detto", "il sindaco Marco Neri"},
            {"es", "- No vamos a ceder ni un metro del puerto - dijo la alcaldesa Ana Ruiz.",
             "No vamos a ceder ni un metro del puerto", "dijo", "la alcaldesa Ana Ruiz"},
        },
        QuoteKind::direct);
}

TEST_CASE("a hyphen line of dialogue may open after a sentence inside its paragraph", "[quotes][dialogue][quotes60]") {
    check_quotes({
        {"pl",
         {"Prezes spółdzielni Halina Wróbel nie kryje złości. - To są pieniądze wyrzucone w błoto - oceniła."},
         "To są pieniądze wyrzucone w błoto", "Halina Wróbel"},
        {"fr",
         {"La directrice Claire Morel ne cache pas sa colère. - C'est de l'argent jeté par les fenêtres - a-t-elle "
          "lancé."},
         "C'est de l'argent jeté par les fenêtres", "Claire Morel"},
    });
}

// The quotes of each one-paragraph page (language, paragraph), each checked by `check`.
template <class Check>
void each_quote(const std::vector<std::pair<const char*, const char*>>& pages, Check check) {
    for (const auto& [lang, paragraph] : pages) {
        INFO(paragraph);
        for (const auto& q : extract_quotes(page(lang, "", {paragraph})))
            check(q);
    }
}

TEST_CASE("list items with hyphens are no lines of dialogue", "[quotes][dialogue][quotes60]") {
    // (a list item has no cue after its second hyphen)
    each_quote({{"de", "- Brot - 2 Euro"},
                {"de", "- Anmeldung - bis Freitag beim Sekretariat"},
                {"fr", "- Inscription - avant vendredi au secrétariat"},
                {"pl", "- Bilet normalny - 4 zł"}},
               [](const Quote& q) { CHECK(q.kind != QuoteKind::direct); });
}

TEST_CASE("the hyphen of a compound word closes no hyphen line", "[quotes][dialogue][quotes60]") {
    // (it has no space around it: the line's words keep it, up to the spaced hyphen before the cue)
    check_only_quotes(
        {
            {"fr", "- Nous restons à Saint-Malo jusqu'en mai - a-t-il précisé.", "Nous restons à Saint-Malo jusqu'en mai",
             "a-t-il précisé", "il"},
            {"de", "- Wir bleiben in Baden-Württemberg - sagte die Ministerin Anna Berg.",
             "Wir bleiben in Baden-Württemberg", "sagte", "die Ministerin Anna Berg"},
        },
        QuoteKind::direct);
}

TEST_CASE("the words after a line's attribution and a spaced dash are the same speaker's",
          "[quotes][dialogue][quotes60]") {
    struct Row {
        const char* lang;
        const char* paragraph;
        const char* first;
        const char* more;
        const char* speaker;
    };
    for (const Row& r : {
             Row{"pl",
                 "– To inwestycja na lata – powiedział burmistrz Tomasz Zieliński. – Teraz zajmiemy się obwodnicą.",
                 "To inwestycja na lata", "Teraz zajmiemy się obwodnicą.", "Tomasz Zieliński"},
             Row{"es",
                 "– Hemos cumplido el plazo – afirmó la jefa de obra, Marta Solís. – El puente aguanta camiones "
                 "pesados.",
                 "Hemos cumplido el plazo", "El puente aguanta camiones pesados.", "Marta Solís"},
             Row{"fr",
                 "- Nous tiendrons le calendrier - a assuré la directrice, Claire Morel. - Les travaux finiront en "
                 "mai.",
                 "Nous tiendrons le calendrier", "Les travaux finiront en mai.", "Claire Morel"},
             // (a hyphen inside the speaker's name is no dash of an incise)
             Row{"pl",
                 "– Czekaliśmy na to pięć lat – powiedziała radna Anna Nowak-Kos. – Teraz czas na szkołę.",
                 "Czekaliśmy na to pięć lat", "Teraz czas na szkołę.", "Anna Nowak-Kos"},
         }) {
        INFO(r.paragraph);
        const auto qs = extract_quotes(page(r.lang, "", {r.paragraph}));
        REQUIRE(qs.size() == 2);
        CHECK(qs[0].text == r.first);
        CHECK(qs[1].text == r.more);
        CHECK(qs[1].kind == QuoteKind::direct);
        CHECK(!qs[1].cue);
        CHECK(qs[1].speaker.value_or("") == r.speaker);
    }
}

TEST_CASE("a second line with a cue of its own is no continuation of the first", "[quotes][dialogue][quotes60]") {
    // (no quote runs to the end of the paragraph over the second line's own dash and cue)
    each_quote({{"pl", "– To inwestycja na lata – powiedział burmistrz Tomasz Zieliński. – Teraz obwodnica – dodał."},
                {"es", "– Hemos cumplido el plazo – afirmó Marta Solís. – Ahora viene el túnel – añadió."}},
               [](const Quote& q) {
                   CHECK(q.text.find("dodał") == std::string::npos);
                   CHECK(q.text.find("añadió") == std::string::npos);
               });
}

TEST_CASE("the words after a glued closing dash and a full stop are a direct quote", "[quotes][dialogue][quotes60]") {
    // "—Q1 —dijo X—. Q2": Q2 opens a sentence of its own
    for (const auto& [lang, paragraph, more] : std::vector<std::tuple<const char*, const char*, const char*>>{
             {"es", "—Es una inversión esperada —dijo el alcalde Tomás Ruiz—. Ahora nos ocuparemos del túnel.",
              "Ahora nos ocuparemos del túnel."},
             {"pt", "—É um investimento esperado —disse o prefeito João Lima—. Agora vamos tratar do túnel.",
              "Agora vamos tratar do túnel."},
         }) {
        INFO(paragraph);
        const auto qs = extract_quotes(page(lang, "", {paragraph}));
        REQUIRE(qs.size() == 2);
        CHECK(qs[1].text == more);
        CHECK(qs[1].kind == QuoteKind::direct);
    }
}

TEST_CASE("a hyphen for the dash after a closing mark opens the cue's clause", "[quotes][dialogue][quotes60]") {
    check_only_quotes(
        {
            {"pl", "„Czekaliśmy na to od lat” - powiedział wiceprezydent miasta Piotr Sadowski.",
             "Czekaliśmy na to od lat", "powiedział", "wiceprezydent miasta Piotr Sadowski"},
            {"fr", "« Nous tiendrons le calendrier » - a assuré la directrice, Claire Morel.",
             "Nous tiendrons le calendrier", "a assuré", "la directrice, Claire Morel"},
            {"it", "«Non cederemo di un passo» - ha detto il sindaco Marco Neri.", "Non cederemo di un passo",
             "ha detto", "il sindaco Marco Neri"},
        },
        QuoteKind::direct);
}

TEST_CASE("a hyphen after a closing mark with no cue after it closes no quote", "[quotes][dialogue][quotes60]") {
    // (the writer's words go on after the hyphen: the quote is a phrase of theirs, with no cue)
    each_quote({{"pl", "„Kto rano wstaje” - to porzekadło powtarzają w mieście wszyscy piekarze."},
                {"fr", "« Qui dort dîne » - ce proverbe, les boulangers du quartier le répètent."}},
               [](const Quote& q) { CHECK(!q.cue); });
}

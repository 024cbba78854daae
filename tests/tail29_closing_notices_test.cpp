// The notes and boxes closing an article (tail29): the note naming who helped write the text ("Elena Park contributed
// to this report.", "Hanno collaborato Anna Bianchi e Luca Verdi"), the note on its print edition right under the
// last sentence, the author's box closed by a link to her page ("... More about Nora Fitch"), a prompt to download
// the site's app, a disclaimer of the comments' opinions and a prompt to report an error leave the body; the short
// sentences between the text and a credit closing it (a wire's credit, a contributors' note, an agency's credit)
// join it, over an advertisement's label. Invented lines.
#include <catch2/catch.hpp>

#include "archive/archive.hpp"
#include "classify.hpp"
#include "pipeline.hpp"
#include "region_pages.hpp"
#include "rows.hpp"

#include <string>

using namespace archive;

using archive::test::block_of;
using archive::test::has_paragraph_starting;

namespace {

struct LineRow {
    const char* line;
    bool want;
};

// Each row's line read by `test` (a segmented block's test, or the line's) gives the row's answer.
template <std::size_t N, typename Test>
void check_rows(const LineRow (&rows)[N], Test test) {
    for (const auto& r : rows) {
        INFO(r.line);
        CHECK(test(r.line) == r.want);
    }
}

} // namespace

TEST_CASE("tail29: a note naming the people who helped write the text", "[tail29][notices]") {
    const LineRow rows[] = {
        {"Elena Park contributed to this report.", true},
        {"Associated Press writer Lena Ortiz in Denver contributed to this report.", true},
        {"Staff writers Tom Reed and Ana Diaz contributed reporting.", true},
        {"Additional reporting by Kim Lee and Tom Reed", true},
        {"Mitarbeit: Lukas Brenner", true},
        {"Lena Brandt hat zu diesem Bericht beigetragen.", true},
        {"Léa Morel a contribué à cet article.", true},
        {"Avec la collaboration de Paul Roy", true},
        {"Con la colaboración de Ana Ruiz y Pedro Gil", true},
        {"Hanno collaborato Anna Bianchi e Luca Verdi", true},
        {"Contributing: Ben Roe, Harbour Post", true},
        {"Contributing to the delay were the storms of early March.", false},
        // a sentence telling of a contribution, small words on the other side of the phrase
        {"The harbour board and the fishermen's union contributed to this report.", false},
        {"Hanno collaborato alla raccolta fondi molte famiglie del quartiere.", false},
        {"Mitarbeit im Verein ist freiwillig und wird nicht bezahlt.", false},
        {"Who contributed to this report?", false},
    };
    check_rows(rows, [](const char* line) { return contribution_note(block_of(line)); });
}

TEST_CASE("tail29: the author's box closed by a link naming her again", "[tail29][notices]") {
    const LineRow rows[] = {
        {"Nora Fitch covers transport for The Harbour Post. More about Nora Fitch", true},
        {"Anna Muster schreibt über Verkehr für den Hafenboten. Mehr von Anna Muster", true},
        {"Claire Dumas couvre la justice pour Le Petit Écho. Tous les articles de Claire Dumas", true},
        // a title naming a place twice, a line naming another person at its end
        {"New York City Ballet opens its winter season in New York", false},
        {"Nora Fitch covers transport for The Harbour Post. More about Mark Dunne", false},
    };
    check_rows(rows, [](const char* line) { return closed_by_own_name(line); });
    CHECK(author_bio(block_of(rows[0].line)));
    CHECK(author_bio(block_of(rows[1].line)));
}

TEST_CASE("tail29: prompts and disclaimers closing the article", "[tail29][notices]") {
    using Test = bool (*)(const Block&);
    const Test prompt = [](const Block& b) { return closing_notice(b); };
    const Test disclaimer = [](const Block& b) { return opinion_disclaimer(b); };
    const Test error = [](const Block& b) { return error_report_notice(b); };
    const struct {
        Test test;
        LineRow row;
    } rows[] = {
        // a prompt to download the site's app, and the article's sentence on an app
        {prompt, {"Download our app and never miss the news from your town again.", true}},
        {prompt, {"Laden Sie jetzt unsere App herunter und verpassen Sie keine Nachricht mehr aus Ihrer Region.", true}},
        {prompt, {"Téléchargez notre application pour recevoir gratuitement les actualités de votre région.", true}},
        {prompt, {"Descarga nuestra aplicación y recibe las noticias más importantes de tu ciudad.", true}},
        {prompt, {"The council's new parking app will be free to download from March, the mayor said.", false}},
        {prompt, {"Die neue App der Stadtwerke zeigt freie Parkplätze in der Innenstadt an.", false}},
        // the site disclaims the opinions of the comments
        {disclaimer, {"The Valley Ledger is not responsible for the opinions expressed in the comments below.", true}},
        {disclaimer, {"Les opinions exprimées dans les commentaires ne reflètent pas nécessairement celles du journal.", true}},
        {disclaimer, {"Harbour Post is not responsible for the opinions or statements presented by contributors.", true}},
        {disclaimer, {"El diario no se hace responsable de las opiniones de sus colaboradores.", true}},
        {disclaimer, {"Il giornale non è responsabile delle opinioni dei suoi collaboratori.", true}},
        {disclaimer, {"The mayor is not responsible for the opinions of the council, she said.", false}},
        {disclaimer, {"Readers left hundreds of comments under the mayor's post.", false}},
        {disclaimer, {"Die Kommentare unter dem Beitrag waren überwiegend freundlich.", false}},
        // a prompt asking whether the reader saw an error
        {error, {"¿Has visto un error en esta noticia? Escríbenos y lo corregiremos lo antes posible.", true}},
        {error, {"Haben Sie einen Fehler gefunden? Dann schreiben Sie uns eine E-Mail an die Redaktion.", true}},
        {error, {"¿Has visto alguna vez un eclipse de luna desde la playa?", false}},
        {error, {"El juez ha visto un error en el procedimiento y anula la multa.", false}},
    };
    for (const auto& [test, r] : rows) {
        INFO(r.line);
        CHECK(test(block_of(r.line)) == r.want);
    }
}

namespace {

// A page whose agency's credit closes the text over two prompts.
const std::string page_de = R"(Politik
Stadtrat beschließt neuen Radweg an der Uferstraße
Von Max Hübner
3. Februar 2026
Der Stadtrat hat am Montagabend mit großer Mehrheit beschlossen, entlang der Uferstraße einen durchgehenden Radweg zu bauen.
Die Arbeiten sollen im Herbst beginnen und rund zwei Jahre dauern, sagte die Baudezernentin in der Sitzung.
Anwohner hatten sich seit Jahren über gefährliche Stellen an der Straße beschwert.
Mit Material von dpa
Haben Sie einen Fehler gefunden? Dann schreiben Sie uns eine E-Mail an die Redaktion.
Laden Sie jetzt unsere App herunter und verpassen Sie keine Nachricht mehr aus Ihrer Region.
)";

using PageCase = test::KeptGoneCase;

void check_page(const PageCase& c) {
    test::check_kept_gone(c);
}

} // namespace

TEST_CASE("tail29: notes under the article leave it, the sentences over a credit join it", "[tail29][region]") {
    const PageCase cases[] = {
        {"en", R"(Home
World
Harbour ferry service to resume after two-year pause
By Nora Fitch
March 4, 2026
The ferry linking the old harbour to the island villages will run again from May, the port authority said on Tuesday, ending a two-year pause caused by repairs to the main pier.
The authority said the repaired pier can now take the larger boats the operator bought last year, and that crossings would take about twenty minutes each way.
"We waited a long time for this and the villages need it," said Mark Dunne, who runs a bakery near the landing.
Tickets will cost the same as before the pause, the operator said.
Local councillor Rita Shaw called the decision overdue.
Elena Park contributed to this report.
A version of this story appeared in print on March 5, 2026, Section B, Page 3 of the city edition under the title Ferry Returns.
Nora Fitch covers transport for The Harbour Post. More about Nora Fitch
Share full article
Related Content
)",
         {"Tickets will cost", "Local councillor Rita Shaw"},
         {"Elena Park contributed", "A version of this story", "Nora Fitch covers"}},
        {"en", R"(Menu
Search
Schools weigh later start times for teenagers
Tom Carver
Nov 2, 2026
The district board spent three hours on Monday night debating whether high schools should start an hour later, a change backers say would help students sleep.
Parents who spoke at the meeting were split, with some warning that later dismissal would clash with sports and part-time jobs held by many students.
Story continues below advertisement
The board will vote on the plan on Dec. 14.
Associated Press writer Lena Ortiz in Denver contributed to this report.
This story was originally published at The Valley Ledger.
The Valley Ledger is not responsible for the opinions expressed in the comments below.
Comments
)",
         {"The board will vote"},
         {"Story continues below", "Associated Press writer", "This story was originally", "The Valley Ledger is"}},
        {"it", R"(Cronaca
Roma, riapre il ponte sul Tevere dopo due anni di lavori
Di Marco Rossi
10 marzo 2026
Il ponte sul Tevere chiuso da due anni per lavori di consolidamento riaprirà al traffico lunedì prossimo, ha annunciato il Comune di Roma.
I lavori sono costati circa otto milioni di euro e hanno riguardato soprattutto i piloni e la pavimentazione, ha spiegato l'assessore ai lavori pubblici.
«È una buona notizia per tutto il quartiere», ha detto un commerciante della zona.
Il traffico pesante resterà vietato fino all'estate.
Hanno collaborato Anna Bianchi e Luca Verdi
Sostieni il nostro giornale: abbonati oggi e aiutaci a raccontare la tua città.
)",
         {"Il traffico pesante"},
         {"Hanno collaborato", "Sostieni il nostro"}},
        {"de", page_de,
         {"Anwohner hatten sich"},
         {"Haben Sie einen Fehler", "Laden Sie jetzt"}},
        {"es", R"(Inicio
Sociedad
Madrid amplía el horario del metro durante las fiestas
Por Lucía Herrera
5 de agosto de 2026
La Comunidad de Madrid ampliará el horario del metro hasta las tres de la madrugada durante las fiestas de agosto, anunció este martes el consejero de Transportes.
La medida afectará a todas las líneas y se aplicará los viernes y sábados del mes, según informó el Gobierno regional en un comunicado.
«Queremos que la gente vuelva a casa de forma segura», dijo el consejero en rueda de prensa.
El servicio costará alrededor de dos millones de euros.
Con información de EFE
¿Has visto un error en esta noticia? Escríbenos y lo corregiremos lo antes posible.
Apoya el periodismo independiente: hazte socio y ayúdanos a seguir informando.
Descarga nuestra aplicación y recibe las noticias más importantes de tu ciudad.
)",
         {"El servicio costará"},
         {"¿Has visto un error", "Apoya el periodismo", "Descarga nuestra"}},
    };
    for (const auto& c : cases)
        check_page(c);
}

TEST_CASE("tail29: the author's box closed by its link, or the print note, closes the text over its last sentences",
          "[tail29][region]") {
    const std::string tail_en = R"(Advertisement
SKIP ADVERTISEMENT
A judge is expected to rule on the lighthouse in January.
Nora Fitch covers the coast for The Harbour Post. More about Nora Fitch
A version of this story appeared in print on March 5, 2026, Section A, Page 9.
)";
    const std::string tail_fr = R"(Publicité
Le chantier doit s'achever avant l'été prochain.
Cet article a été publié initialement dans le Courrier du port du 3 mars 2026.
)";
    const PageCase cases[] = {
        {"en",
         test::article_with_tail("en", tail_en),
         {"The council will vote", "A judge is expected"},
         {"SKIP ADVERTISEMENT", "Nora Fitch covers", "A version of this story"}},
        {"fr",
         R"(Le Courrier du port
Actualités
Les ferries reviennent au quai est
Après un hiver de travaux sur le quai nord, les ferries pour les îles partent de nouveau du quai est, a annoncé lundi la capitainerie.
Le capitaine du port a expliqué que les nouveaux postes d'amarrage sont plus sûrs que les anciens et dureront longtemps.
Les pêcheurs ont salué les travaux, même si le quai est resté fermé pendant presque tout l'hiver.
)" + tail_fr,
         {"Les pêcheurs ont salué", "Le chantier doit"},
         {"Cet article a été publié"}},
    };
    for (const auto& c : cases)
        check_page(c);
}

TEST_CASE("tail29: a headed box under the last paragraph that reads as a prompt leaves the article",
          "[tail29][region]") {
    const std::string tail_en = R"(Support our work
Like what you read? A small donation keeps this site free for everyone.
)";
    const std::string tail_de = R"(Spende via Paypal
Du willst uns unterstützen, ohne im Verein mitzuarbeiten?
Schick uns eine Spende, damit wir im Frühling den neuen Garten anlegen können:
)";
    const PageCase cases[] = {
        {"en", test::article_with_tail("en", tail_en), {"The council will vote"}, {"Like what you read?"}},
        {"de", test::article_with_tail("de", tail_de), {"Der Gemeinderat stimmt"}, {"Du willst uns", "Schick uns"}},
        // a service article's closing advice under its own heading stays
        {"en",
         test::article_with_tail("en", "Where to get help\nThe council's advice line is open every weekday from nine in the morning.\n"),
         {"The council will vote", "The council's advice line"},
         {}},
        {"de",
         test::article_with_tail("de", "Hilfe vor Ort\nDie Beratungsstelle am Hafen ist montags bis freitags von neun bis zwölf Uhr geöffnet.\n"),
         {"Der Gemeinderat stimmt", "Die Beratungsstelle am Hafen"},
         {}},
    };
    for (const auto& c : cases)
        check_page(c);
}

TEST_CASE("tail29: the agency's credit closing the text is its source tag once the prompts under it leave",
          "[tail29][region]") {
    const Article a = parse(page_de);
    REQUIRE(a.source_tag);
    CHECK(a.source_tag->raw == "Mit Material von dpa");
    for (const auto& s : a.sections)
        CHECK(s.heading != std::optional<std::string>("Mit Material von dpa"));
}

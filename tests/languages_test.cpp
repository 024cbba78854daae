// Pages in the languages the samples came to last (Portuguese, Dutch, Latin-American Spanish, Polish): their chrome,
// their agencies' datelines and how their news reports speech, each rule a table of invented lines.
#include <catch2/catch.hpp>

#include "archive/archive.hpp"
#include "classify.hpp"
#include "dates.hpp"
#include "pipeline.hpp"
#include "quotes.hpp"

#include <string>
#include <vector>

using namespace archive;

namespace {

// The quotes found in a body of one section in `lang`.
std::vector<Quote> quotes_in(const char* lang, std::vector<std::string> paragraphs) {
    Article a;
    a.language = lang;
    a.sections.push_back(Section{std::nullopt, std::move(paragraphs)});
    return extract_quotes(a);
}

// The quote whose text is `text`, or null.
const Quote* quote_with(const std::vector<Quote>& qs, const std::string& text) {
    for (const auto& q : qs)
        if (q.text == text)
            return &q;
    return nullptr;
}

// A paragraph (or several) in a language and the one quote a test looks for in the last: its text, speaker, mention
// and cue.
struct SaidRow {
    const char* lang;
    std::vector<std::string> paragraphs;
    const char* text;
    const char* speaker;
    const char* mention;
    const char* cue;
};

void check_said(const std::vector<SaidRow>& rows) {
    for (const auto& r : rows) {
        INFO(r.paragraphs.back());
        const auto qs = quotes_in(r.lang, r.paragraphs);
        const Quote* q = quote_with(qs, r.text);
        REQUIRE(q);
        CHECK(q->speaker.value_or("") == r.speaker);
        CHECK(q->mention.value_or("") == r.mention);
        CHECK(q->cue.value_or("") == r.cue);
    }
}

} // namespace

TEST_CASE("cookie banners in Portuguese, Dutch and Spanish are consent notices", "[languages][consent]") {
    for (const char* line :
         {"Este portal usa cookies para lhe oferecer uma melhor experiência de navegação. Ao continuar, dá o seu "
          "consentimento à sua utilização nos termos da nossa política.",
          "Wij gebruiken cookies om je ervaring op onze site te verbeteren en advertenties te tonen die bij je "
          "passen. Je kunt je voorkeuren op elk moment wijzigen in de instellingen van je browser of via de "
          "knop onderaan elke pagina van de site.",
          "Este diario utiliza cookies suyas y de terceros con el fin de adaptar tu experiencia de lectura a tus "
          "preferencias. Al seguir navegando, entendemos que das tu conformidad."}) {
        INFO(line);
        CHECK(is_consent_notice(line));
    }
    // An article's sentence on cookies names them among many other words.
    for (const char* line :
         {"A pastelaria da vila vendeu mais de dois mil cookies de chocolate na feira de domingo, contou a dona.",
          "De bakker in de dorpsstraat verkoopt sinds maart ook cookies met haver, en de rij voor de deur wordt elke "
          "zaterdag langer.",
          "La panadería del barrio vendió cookies de avena durante toda la feria, según contó su dueña."}) {
        INFO(line);
        CHECK_FALSE(is_consent_notice(line));
    }
}

TEST_CASE("the agency's dateline is no part of the words reported in its paragraph", "[languages][indirect]") {
    struct Row {
        const char* lang;
        const char* paragraph;
        const char* text;
    };
    const Row rows[] = {
        {"pt", "Faro, 3 abr 2025 (Lusa) – A ponte da ria vai fechar durante duas semanas para obras, anunciou a "
               "presidente da câmara, Joana Prates.",
         "A ponte da ria vai fechar durante duas semanas para obras"},
        {"nl", "ZWOLLE (ANP) - De brug over de IJssel gaat twee weken dicht voor onderhoud, zei wethouder Kees "
               "Bakker dinsdag.",
         "De brug over de IJssel gaat twee weken dicht voor onderhoud"},
        {"en", "DUNMORE (Reuters) - The harbour bridge will close for two weeks of repairs, Mayor Jane Doe said.",
         "The harbour bridge will close for two weeks of repairs"},
        {"es", "Salta (Argentina), 9 feb (EFE).- El puente del río cerrará dos semanas por obras, anunció la "
               "intendenta, Ana Ruiz.",
         "El puente del río cerrará dos semanas por obras"},
    };
    for (const auto& r : rows) {
        INFO(r.paragraph);
        CHECK(quote_with(quotes_in(r.lang, {r.paragraph}), r.text));
    }
}

TEST_CASE("Portuguese and Dutch speech verbs and role nouns name the speaker again", "[languages][attribution]") {
    check_said({
        {"pt",
         {"A ministra da Saúde, Teresa Vidal, visitou o hospital de Beja.",
          "“Vamos abrir mais vinte camas até ao verão”, garantiu a ministra."},
         "Vamos abrir mais vinte camas até ao verão", "Teresa Vidal", "a ministra", "garantiu"},
        {"pt",
         {"O autarca de Silves, Nuno Frade, recebeu os moradores.",
          "O autarca lembrou que a estrada está fechada desde o inverno passado."},
         "a estrada está fechada desde o inverno passado", "Nuno Frade", "O autarca", "lembrou"},
        {"nl",
         {"Dijkgraaf Femke Jansen bezocht woensdag de kade.",
          "\"We moeten de dijk dit jaar nog ophogen\", aldus de dijkgraaf."},
         "We moeten de dijk dit jaar nog ophogen", "Femke Jansen", "de dijkgraaf", "aldus"},
        {"nl",
         {"Burgemeester Ruud Smit opende de nieuwe brug.",
          "De burgemeester benadrukte dat de brug twee jaar eerder klaar is dan gepland."},
         "de brug twee jaar eerder klaar is dan gepland", "Ruud Smit", "De burgemeester", "benadrukte"},
        // A preposition or a weekday after the role noun closes the mention.
        {"nl",
         {"Wethouder Kees Bakker sprak de raad toe.",
          "\"Het plein wordt groener en veiliger\", zei de wethouder tijdens de vergadering."},
         "Het plein wordt groener en veiliger", "Kees Bakker", "de wethouder", "zei"},
    });
}

TEST_CASE("a role's field of two joined by a conjunction is no part of the name after it", "[languages][speakers]") {
    check_said({
        {"nl",
         {"De haven gaat tien jaar lang jaarlijks uitbreiden, zei minister van Economie en Klimaat Eva Bos "
          "dinsdag."},
         "De haven gaat tien jaar lang jaarlijks uitbreiden", "Eva Bos", "minister van Economie en Klimaat Eva Bos",
         "zei"},
        {"nl",
         {"Staatssecretaris van Wonen en Ruimte Lotte Vermeer opende dinsdag de nieuwe wijk.",
          "\"Hier komen vierhonderd betaalbare woningen\", zei de staatssecretaris."},
         "Hier komen vierhonderd betaalbare woningen", "Lotte Vermeer", "de staatssecretaris", "zei"},
    });
}

TEST_CASE("where the verb comes second, the one after an according phrase's mention opens the reported words",
          "[languages][indirect]") {
    check_said({
        {"nl",
         {"Minister Eva Bos bezocht de haven.", "Volgens de minister krijgt de haven volgend jaar een nieuwe kade."},
         "krijgt de haven volgend jaar een nieuwe kade", "Eva Bos", "de minister", "Volgens"},
        {"de",
         {"Ministerin Eva Berg besuchte den Hafen.", "Laut der Ministerin bekommt der Hafen im nächsten Jahr einen "
                                                     "neuen Kai."},
         "bekommt der Hafen im nächsten Jahr einen neuen Kai", "Eva Berg", "der Ministerin", "Laut"},
    });
    // Elsewhere an adjective may close the mention: "le ministère des Affaires étrangères" keeps its last word.
    const auto qs = quotes_in("fr", {"Selon le ministère des Affaires étrangères la frontière restera fermée "
                                     "jusqu'à la fin du mois de mars."});
    for (const auto& q : qs)
        CHECK(q.mention.value_or("") != "le ministère des Affaires");
}

TEST_CASE("figures and data are no speaker of what an according phrase reports", "[languages][indirect]") {
    for (const auto& [lang, paragraph] : std::vector<std::pair<const char*, const char*>>{
             {"es", "De acuerdo con las cifras oficiales, los embalses están al 27 % de su capacidad este verano."},
             {"pt", "Segundo os dados oficiais, as barragens estão a 27 % da sua capacidade este verão."},
             {"it", "Secondo i dati ufficiali, i bacini sono al 27 per cento della loro capacità quest'estate."}}) {
        INFO(paragraph);
        CHECK(quotes_in(lang, {paragraph}).empty());
    }
    // A person after the same phrase still reports.
    check_said({{"es",
                 {"De acuerdo con la ministra Ana Ruiz, los embalses están al 27 % de su capacidad este verano."},
                 "los embalses están al 27 % de su capacidad este verano", "Ana Ruiz", "la ministra Ana Ruiz",
                 "De acuerdo con"}});
}

TEST_CASE("a weekday between the cue and its \"that\" leaves the reported words after it", "[languages][indirect]") {
    check_said({
        {"en", {"Mayor Jane Doe announced Tuesday that the new terminal will open in the spring of next year."},
         "the new terminal will open in the spring of next year", "Jane Doe", "Mayor Jane Doe", "announced"},
        {"es", {"El Gobierno de Salta anunció este martes que cerrará el paso fronterizo durante tres días."},
         "cerrará el paso fronterizo durante tres días", "Gobierno de Salta", "El Gobierno de Salta", "anunció"},
        {"pt", {"A ministra Teresa Vidal anunciou na segunda-feira que o hospital terá mais vinte camas."},
         "o hospital terá mais vinte camas", "Teresa Vidal", "A ministra Teresa Vidal", "anunciou"},
    });
}

TEST_CASE("a cue opening the sentence, its subject after it, then \"que\" or \"che\"", "[languages][indirect]") {
    check_said({
        {"es",
         {"El vocero del municipio, Tomás Ibarra, habló con la prensa.",
          "Agregó el vocero que las obras terminarán antes de las lluvias de octubre."},
         "las obras terminarán antes de las lluvias de octubre", "Tomás Ibarra", "el vocero", "Agregó"},
        {"pt",
         {"O ministro das Finanças, Rui Lobo, falou aos jornalistas.",
          "Acrescentou o ministro que o défice ficará abaixo de um por cento este ano."},
         "o défice ficará abaixo de um por cento este ano", "Rui Lobo", "o ministro", "Acrescentou"},
        {"it",
         {"Il sindaco di Lerici, Marco Neri, ha incontrato i pescatori.",
          "Aggiunge il sindaco che il porto riaprirà entro la fine di maggio."},
         "il porto riaprirà entro la fine di maggio", "Marco Neri", "il sindaco", "Aggiunge"},
    });
}

TEST_CASE("two surnames after the full name are the same person where names carry two", "[languages][speakers]") {
    check_said({
        {"es",
         {"El vocero de la comisión, Mauricio Landa Cárdenas, habló en la conferencia.",
          "«Vamos a priorizar a los hospitales», aseguró Landa Cárdenas."},
         "Vamos a priorizar a los hospitales", "Mauricio Landa Cárdenas", "Landa Cárdenas", "aseguró"},
        {"pt",
         {"A presidente da associação, Ana Sousa Martins, falou aos sócios.",
          "“Não vamos desistir do projeto”, disse Sousa Martins."},
         "Não vamos desistir do projeto", "Ana Sousa Martins", "Sousa Martins", "disse"},
    });
    // In English a word before a name is no given name: "Republican Jane Roe" and "Jane Roe" stay apart.
    const auto qs = quotes_in("en", {"Republican Jane Roe spoke first.", "\"We will vote no,\" Jane Roe said."});
    const Quote* q = quote_with(qs, "We will vote no");
    REQUIRE(q);
    CHECK(q->speaker.value_or("") == "Jane Roe");
}

TEST_CASE("a Dutch page's change of its article is labelled \"aangepast\" or \"gewijzigd\"", "[languages][dates]") {
    for (const char* line : {"Aangepast 4 juni 2025, 13:15", "Gewijzigd op 4 juni 2025 om 13:15"}) {
        INFO(line);
        DateLine d = read_dates(line, "nl");
        CHECK(d.is_date_line);
        CHECK(d.updated.value_or("") == "2025-06-04T13:15");
    }
}

TEST_CASE("a quote closed by a dash and a cue is attributed after the dash", "[languages][quotes][unseen]") {
    // A Polish agency story closes its quotes so ("„Q” – powiedział minister"), an Italian one at times too.
    const std::vector<SaidRow> rows = {
        {"pl", {"„Most będzie gotowy przed zimą. Nie przewidujemy opóźnień” – powiedział wojewoda Jan Kowalik."},
         "Most będzie gotowy przed zimą. Nie przewidujemy opóźnień", "Jan Kowalik", "wojewoda Jan Kowalik", "powiedział"},
        {"pl", {"„Szkoła zostanie otwarta we wrześniu” – dodała Anna Nowak na sesji rady miasta."},
         "Szkoła zostanie otwarta we wrześniu", "Anna Nowak", "Anna Nowak", "dodała"},
        {"pl", {"„Most będzie gotowy przed zimą” – powiedział wojewoda Jan Kowalik.",
                "„Nie przewidujemy żadnych opóźnień na budowie” – zapewnił wojewoda."},
         "Nie przewidujemy żadnych opóźnień na budowie", "Jan Kowalik", "wojewoda", "zapewnił"},
        {"it", {"«Il ponte sarà pronto prima dell'inverno» – ha detto il sindaco Marco Bianchi."},
         "Il ponte sarà pronto prima dell'inverno", "Marco Bianchi", "il sindaco Marco Bianchi", "ha detto"},
        {"de", {"„Die Brücke ist vor dem Winter fertig“ – sagte Bürgermeisterin Anna Muster."},
         "Die Brücke ist vor dem Winter fertig", "Anna Muster", "Bürgermeisterin Anna Muster", "sagte"},
        {"fr", {"« Le pont sera prêt avant l'hiver » – a déclaré le maire Paul Roux."},
         "Le pont sera prêt avant l'hiver", "Paul Roux", "le maire Paul Roux", "a déclaré"},
    };
    check_said(rows);
    // (a whole statement, no fragment of the writer's sentence)
    for (const auto& r : rows) {
        const auto qs = quotes_in(r.lang, r.paragraphs);
        const Quote* q = quote_with(qs, r.text);
        REQUIRE(q);
        CHECK(q->kind == QuoteKind::direct);
    }
}

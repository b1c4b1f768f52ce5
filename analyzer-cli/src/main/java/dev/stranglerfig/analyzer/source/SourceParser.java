package dev.stranglerfig.analyzer.source;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;

import com.github.javaparser.JavaParser;
import com.github.javaparser.ParseResult;
import com.github.javaparser.ParserConfiguration;
import com.github.javaparser.ParserConfiguration.LanguageLevel;
import com.github.javaparser.Problem;
import com.github.javaparser.ast.CompilationUnit;
import com.github.javaparser.symbolsolver.JavaSymbolSolver;
import com.github.javaparser.symbolsolver.resolution.typesolvers.CombinedTypeSolver;
import com.github.javaparser.symbolsolver.resolution.typesolvers.JavaParserTypeSolver;
import com.github.javaparser.symbolsolver.resolution.typesolvers.ReflectionTypeSolver;

/**
 * Parses every file of the source roots and reads its facts, on as many threads as there are cores. Each thread
 * has a parser and symbol solver of its own: javaparser's parser and the solver's caches are not thread-safe,
 * and a file is parsed and resolved on the same thread. The solver is only asked about ambiguous names
 * ({@link TypeResolver}), so its caches stay small.
 */
public final class SourceParser {

	private static final long PROGRESS_INTERVAL_NANOS = 2_000_000_000L;

	private static final int WARM_UP_ROUNDS = 5;

	private final List<Path> roots;

	private final long maxFileBytes;

	private final int threads;

	private final ThreadLocal<JavaParser> parsers;

	public SourceParser(List<Path> roots, long maxFileBytes, int threads) {
		this.roots = List.copyOf(roots);
		this.maxFileBytes = maxFileBytes;
		this.threads = threads;
		this.parsers = ThreadLocal.withInitial(this::newParser);
	}

	private JavaParser newParser() {
		CombinedTypeSolver solver = new CombinedTypeSolver(new ReflectionTypeSolver());
		ParserConfiguration sourceLevel = new ParserConfiguration().setLanguageLevel(LanguageLevel.JAVA_21);
		this.roots.forEach(root -> solver.add(new JavaParserTypeSolver(root, sourceLevel)));
		return new JavaParser(configuration().setSymbolResolver(new JavaSymbolSolver(solver)));
	}

	/**
	 * No tokens kept, no comments attributed, no language-level validation (RAW: the newest grammar, a syntax error
	 * still fails) and no detection of the file's line separator (a map lookup per character read): the analysis
	 * needs none of them, and they took about half of the parse time.
	 */
	private static ParserConfiguration configuration() {
		return new ParserConfiguration().setLanguageLevel(LanguageLevel.RAW)
			.setStoreTokens(false)
			.setAttributeComments(false)
			.setDetectOriginalLineSeparator(false);
	}

	/**
	 * Parses and reads a small sample class a few times, so that the parser's classes are loaded and its busiest
	 * methods compiled before the first project file: run on a spare core while the command line is read, this
	 * takes the cold parser (~30 ms per thread) off a short run's critical path. Returns the facts read.
	 */
	public static List<ClassFacts> warmUp() {
		JavaParser parser = new JavaParser(configuration());
		ProjectTypes noProject = new ProjectTypes(List.of(), List.of());
		List<ClassFacts> facts = List.of();
		for (int i = 0; i < WARM_UP_ROUNDS; i++) {
			facts = ClassFactsExtractor.extract(parser.parse(WarmUpSample.SOURCE).getResult().orElseThrow(),
					Path.of(WarmUpSample.FILE), noProject);
		}
		return facts;
	}

	/** Parses the files; {@code progress} hears about long runs every two seconds. */
	public ParsedSources parse(List<Path> files, Consumer<String> progress) {
		ProjectTypes projectTypes = new ProjectTypes(this.roots, files);
		AtomicInteger done = new AtomicInteger();
		long started = System.nanoTime();
		long[] lastReport = { started };
		ExecutorService pool = Executors.newFixedThreadPool(this.threads);
		try {
			List<Future<FileResult>> futures = new ArrayList<>();
			for (Path file : files) {
				futures.add(pool.submit(() -> {
					FileResult result = parseOne(file, projectTypes);
					int count = done.incrementAndGet();
					synchronized (lastReport) {
						long now = System.nanoTime();
						if (now - lastReport[0] > PROGRESS_INTERVAL_NANOS) {
							lastReport[0] = now;
							progress.accept("parsed " + count + " of " + files.size() + " files ("
									+ (now - started) / 1_000_000_000L + " s)");
						}
					}
					return result;
				}));
			}
			List<ClassFacts> classes = new ArrayList<>();
			List<SkippedFile> skipped = new ArrayList<>();
			long lines = 0;
			for (Future<FileResult> future : futures) {
				FileResult result = future.get();
				classes.addAll(result.classes());
				lines += result.lines();
				if (result.skipped() != null) {
					skipped.add(result.skipped());
				}
			}
			classes.sort(Comparator.comparing(ClassFacts::name));
			return new ParsedSources(List.copyOf(classes), List.copyOf(skipped), files.size(), lines);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException("Interrupted while parsing", ex);
		}
		catch (ExecutionException ex) {
			throw new IllegalStateException("Parsing failed: " + ex.getCause(), ex.getCause());
		}
		finally {
			pool.shutdownNow();
		}
	}

	private FileResult parseOne(Path file, ProjectTypes projectTypes) {
		String text;
		try {
			text = SourceText.read(file, this.maxFileBytes);
		}
		catch (UnreadableSourceException ex) {
			return FileResult.skipped(new SkippedFile(file, ex.getMessage()));
		}
		long lines = text.lines().count();
		ParseResult<CompilationUnit> parsed = this.parsers.get().parse(text);
		if (!parsed.isSuccessful() || parsed.getResult().isEmpty()) {
			// Without stored tokens a problem has no location: parse the (rare) broken file again with them.
			ParseResult<CompilationUnit> located = new JavaParser(new ParserConfiguration().setLanguageLevel(LanguageLevel.JAVA_21)).parse(text);
			String problem = located.getProblems().stream().findFirst().map(SourceParser::describe).orElse("unknown problem");
			return FileResult.skipped(new SkippedFile(file, "does not parse: " + problem));
		}
		try {
			return new FileResult(ClassFactsExtractor.extract(parsed.getResult().get(), file, projectTypes), lines, null);
		}
		catch (RuntimeException | StackOverflowError ex) {
			// The solver's last resort: one file it cannot cope with must not end the run.
			return FileResult.skipped(new SkippedFile(file, "could not be analysed (" + ex + ")"));
		}
	}

	private static String describe(Problem problem) {
		String where = problem.getLocation()
			.flatMap(location -> location.getBegin().getRange())
			.map(range -> "line " + range.begin.line + ", column " + range.begin.column + ": ")
			.orElse("");
		return where + problem.getMessage().lines().findFirst().orElse("");
	}

	private record FileResult(List<ClassFacts> classes, long lines, SkippedFile skipped) {

		static FileResult skipped(SkippedFile skipped) {
			return new FileResult(List.of(), 0, skipped);
		}

	}

}

package dev.stranglerfig.analyzer.source;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** Reads a source file as strict UTF-8, refusing files over the size limit before reading them. */
final class SourceText {

	private SourceText() {
	}

	static String read(Path file, long maxBytes) throws UnreadableSourceException {
		try {
			long size = Files.size(file);
			if (size > maxBytes) {
				throw new UnreadableSourceException("larger than the limit (" + size + " bytes > " + maxBytes
						+ "; raise --max-file-size to include it)");
			}
			// Strict decoding: a file in another charset would otherwise parse into garbage identifiers silently.
			return StandardCharsets.UTF_8.newDecoder()
				.onMalformedInput(CodingErrorAction.REPORT)
				.onUnmappableCharacter(CodingErrorAction.REPORT)
				.decode(ByteBuffer.wrap(Files.readAllBytes(file)))
				.toString();
		}
		catch (CharacterCodingException ex) {
			throw new UnreadableSourceException("not UTF-8 (" + ex.getMessage() + ")");
		}
		catch (IOException ex) {
			throw new UnreadableSourceException("cannot be read (" + ex.getMessage() + ")");
		}
	}

}

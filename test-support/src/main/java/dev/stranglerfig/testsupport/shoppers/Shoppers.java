package dev.stranglerfig.testsupport.shoppers;

import java.net.URI;
import java.time.Duration;
import java.util.concurrent.Callable;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** Shopper traffic from a terminal, for a person watching a migration: {@code ./shoppers --shoppers 20}. */
@Command(name = "shoppers", mixinStandardHelpOptions = true,
		description = "Simulated shoppers and merchants using the shop through the proxy until Ctrl-C or --duration.")
public final class Shoppers implements Callable<Integer> {

	@Option(names = "--shop", defaultValue = "http://localhost:8080", description = "Where shoppers go: the proxy (default: ${DEFAULT-VALUE}).")
	URI shop;

	@Option(names = "--shoppers", defaultValue = "12", description = "Shoppers (default: ${DEFAULT-VALUE}).")
	int shoppers;

	@Option(names = "--merchants", defaultValue = "2", description = "Merchants changing prices and listing products (default: ${DEFAULT-VALUE}).")
	int merchants;

	@Option(names = "--think-time", defaultValue = "100ms", converter = DurationConverter.class,
			description = "Mean pause between two steps of one shopper (default: ${DEFAULT-VALUE}).")
	Duration thinkTime;

	@Option(names = "--duration", converter = DurationConverter.class, description = "Stop after this long (e.g. 60s; default: until Ctrl-C).")
	Duration duration;

	public static void main(String[] args) {
		System.exit(new CommandLine(new Shoppers()).execute(args));
	}

	@Override
	public Integer call() throws Exception {
		ShopperTraffic traffic = ShopperTraffic.start(this.shop,
				ShopperTraffic.Settings.defaults().withShoppers(this.shoppers, this.merchants).withThinkTime(this.thinkTime));
		Runtime.getRuntime().addShutdownHook(new Thread(() -> {
			try {
				System.out.println(traffic.stop().summary());
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
			}
		}, "shoppers-stop"));
		long end = (this.duration != null) ? System.nanoTime() + this.duration.toNanos() : Long.MAX_VALUE;
		while (System.nanoTime() < end) {
			Thread.sleep(Math.min(5_000, Math.max(1, (end - System.nanoTime()) / 1_000_000)));
			TrafficReport sofar = traffic.sofar();
			System.out.printf("%,d requests, %d server errors, %d unexpected client errors, %d writes%n",
					sofar.visits().size(), sofar.serverErrors().size(), sofar.unexpected().size(), sofar.writes().size());
		}
		TrafficReport report = traffic.stop();
		return report.serverErrors().isEmpty() ? 0 : 1;
	}

	static final class DurationConverter implements CommandLine.ITypeConverter<Duration> {

		@Override
		public Duration convert(String value) {
			// 100ms, 30s, 2m: Duration.parse knows no milliseconds unit.
			if (value.endsWith("ms")) {
				return Duration.ofMillis(Long.parseLong(value.substring(0, value.length() - 2)));
			}
			return Duration.parse("PT" + value.toUpperCase(java.util.Locale.ROOT));
		}

	}

}

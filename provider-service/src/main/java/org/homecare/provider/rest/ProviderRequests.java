package org.homecare.provider.rest;

import java.util.List;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.homecare.provider.service.ProviderService;

/** Bodies of the provider endpoints. */
public final class ProviderRequests {

    public record RegisterProvider(
            @NotBlank @Size(max = 18, message = "must have 18 characters") String creditCode,
            @NotBlank @Size(max = 200) String name,
            @NotBlank @Size(max = 100) String legalRepresentative,
            @NotBlank @Size(max = 300) String address,
            @NotBlank @Pattern(regexp = "\\+?[0-9][0-9 -]{5,28}", message = "must be a phone number") String phone,
            @NotEmpty @Size(max = 200) List<String> districtCodes,
            @NotEmpty @Size(max = 20) List<String> categories) {

        ProviderService.NewProvider toCommand() {
            return new ProviderService.NewProvider(creditCode, name, legalRepresentative, address, phone,
                    districtCodes, categories);
        }
    }

    public record Reason(@NotNull @NotBlank @Size(max = 500) String reason) {
    }

    private ProviderRequests() {
    }
}

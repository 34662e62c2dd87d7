import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { SelectField, TextField } from '../../../components/Fields';
import type { PayloadError } from '../../../lib/errors';
import {
  CAR_USES,
  MAX_CARS,
  newCar,
  PROPERTY_KINDS,
  type CalculatorForm,
  type CarRow,
} from '../calculator-form';
import { amountHint } from './MemberFields';

interface Props {
  property: CalculatorForm['property'];
  cars: CarRow[];
  onProperty: (property: CalculatorForm['property']) => void;
  /** `removed`: a car was taken out, so positional error paths no longer fit. */
  onCars: (cars: CarRow[], removed?: boolean) => void;
  errorsFor: (path: string) => PayloadError[] | undefined;
}

/** 주거용·일반·금융재산, 부채, and each car (차량가액, 배기량, 연식, 용도). */
export function PropertyFields({ property, cars, onProperty, onCars, errorsFor }: Props) {
  const { t, i18n } = useTranslation();
  // A car just added takes focus at its first field, so a keyboard user carries on there.
  const [added, setAdded] = useState<number | null>(null);
  useEffect(() => {
    if (added === null) return;
    document.getElementById(`calc-car-${added}-value`)?.focus();
    setAdded(null);
  }, [added]);
  const updateCar = (key: number, change: Partial<CarRow>) =>
    onCars(cars.map((c) => (c.key === key ? { ...c, ...change } : c)));
  return (
    <>
      <fieldset className="amounts">
        <legend>{t('benefits.calculator.propertyLegend')}</legend>
        {PROPERTY_KINDS.map((kind) => (
          <TextField
            key={kind}
            id={`calc-property-${kind}`}
            label={t(`benefits.calculator.property.${kind}`)}
            hint={amountHint(property[kind], t(`benefits.calculator.propertyHints.${kind}`), i18n.language)}
            inputMode="numeric"
            autoComplete="off"
            value={property[kind]}
            onChange={(value) => onProperty({ ...property, [kind]: value })}
            errors={errorsFor(`property.${kind}`)}
          />
        ))}
      </fieldset>
      <fieldset>
        <legend>{t('benefits.calculator.carsLegend')}</legend>
        {cars.length === 0 ? <p className="hint">{t('benefits.calculator.noCars')}</p> : null}
        {cars.map((car, index) => {
          const number = index + 1;
          const at = `property.cars.${index}`;
          const prefix = `calc-car-${car.key}`;
          return (
            <fieldset key={car.key} className="amounts">
              <legend>{t('benefits.calculator.carLegend', { number })}</legend>
              <TextField
                id={`${prefix}-value`}
                label={t('benefits.calculator.car.value')}
                hint={amountHint(car.value, t('benefits.calculator.car.valueHint'), i18n.language)}
                required
                inputMode="numeric"
                autoComplete="off"
                value={car.value}
                onChange={(value) => updateCar(car.key, { value })}
                errors={errorsFor(`${at}.value`)}
              />
              <TextField
                id={`${prefix}-cc`}
                label={t('benefits.calculator.car.engineCc')}
                required
                inputMode="numeric"
                autoComplete="off"
                value={car.engineCc}
                onChange={(engineCc) => updateCar(car.key, { engineCc })}
                errors={errorsFor(`${at}.engineCc`)}
              />
              <TextField
                id={`${prefix}-year`}
                label={t('benefits.calculator.car.modelYear')}
                required
                inputMode="numeric"
                maxLength={4}
                autoComplete="off"
                value={car.modelYear}
                onChange={(modelYear) => updateCar(car.key, { modelYear })}
                errors={errorsFor(`${at}.modelYear`)}
              />
              <SelectField
                id={`${prefix}-use`}
                label={t('benefits.calculator.car.use')}
                value={car.use}
                onChange={(use) => updateCar(car.key, { use: use as CarRow['use'] })}
                errors={errorsFor(`${at}.use`)}
              >
                {CAR_USES.map((u) => (
                  <option key={u} value={u}>
                    {t(`benefits.calculator.carUse.${u}`)}
                  </option>
                ))}
              </SelectField>
              <button
                type="button"
                className="secondary"
                onClick={() =>
                  onCars(
                    cars.filter((c) => c.key !== car.key),
                    true,
                  )
                }
              >
                {t('benefits.calculator.removeCar', { number })}
              </button>
            </fieldset>
          );
        })}
        {cars.length < MAX_CARS ? (
          <button
            type="button"
            className="secondary"
            onClick={() => {
              const car = newCar();
              onCars([...cars, car]);
              setAdded(car.key);
            }}
          >
            {t('benefits.calculator.addCar')}
          </button>
        ) : null}
      </fieldset>
    </>
  );
}

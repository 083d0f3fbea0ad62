/**
 * Places: the “一区两群” regions and the 区县 with the region each belongs to, from
 * content/regions.yaml and content/districts.yaml.
 */
import type { DistrictData, RegionData } from '../../schemas/place';
import { checkUniqueIds, type Entry, type Problems } from './entries';

export interface Region {
  id: string;
  name: string;
}

export interface District {
  id: string;
  name: string;
  kind: DistrictData['kind'];
  region: Region;
}

export interface Places {
  regions: Region[];
  districts: District[];
  region: (id: string) => Region | undefined;
  district: (id: string) => District | undefined;
}

export function buildPlaces(
  regionEntries: readonly Entry<RegionData>[],
  districtEntries: readonly Entry<DistrictData>[],
  problems: Problems,
): Places {
  problems.push(...checkUniqueIds(regionEntries, '片区'), ...checkUniqueIds(districtEntries, '区县'));
  const regions = regionEntries.map((e) => ({ id: e.id, name: e.data.name }));
  const regionById = new Map(regions.map((r) => [r.id, r]));
  const districts = districtEntries.flatMap((entry) => {
    const region = regionById.get(entry.data.region);
    if (!region) {
      problems.add(
        entry.file,
        `${entry.id}.region`,
        `片区 “${entry.data.region}” 不存在`,
        `写成 content/regions.yaml 中的 id：${[...regionById.keys()].join('、')}`,
      );
      return [];
    }
    return [{ id: entry.id, name: entry.data.name, kind: entry.data.kind, region }];
  });
  const districtById = new Map(districts.map((d) => [d.id, d]));
  return { regions, districts, region: (id) => regionById.get(id), district: (id) => districtById.get(id) };
}
